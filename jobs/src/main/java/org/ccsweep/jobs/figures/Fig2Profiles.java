package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 2: L/p against p_eval for models trained at each p_train (asymmetric M, one fixed σ), seed
 * mean and 95 % band per p_train, violet (sparse) to green (dense); black dots joined by a dotted
 * line at p_eval = p_train (what Braun et al. saw); the naive line.
 */
final class Fig2Profiles implements Figure {
    /** The sweep and σ of fixed-σ asymmetric Bernoulli points with the most p_train values (at least 2). */
    static final String PICK = """
            SELECT sweep, sigma, count(DISTINCT p_train) AS trained FROM aggregates
            WHERE mixing = 'asymmetric' AND NOT learn_sigma AND input_mode = 'bernoulli'
            GROUP BY sweep, sigma HAVING trained >= 2
            ORDER BY trained DESC, sweep, sigma LIMIT 1""";
    static final String ROWS = """
            SELECT a.sigma, a.p_train, a.p_eval AS x, a.mean, a.ci95_low, a.ci95_high, a.at_p_train
            FROM aggregates a JOIN (%s) pick ON a.sweep = pick.sweep AND a.sigma = pick.sigma
            WHERE a.mixing = 'asymmetric' AND NOT a.learn_sigma AND a.input_mode = 'bernoulli'
            ORDER BY a.p_train, a.p_eval""".formatted(PICK);

    @Override
    public String name() {
        return "fig2-profiles";
    }

    @Override
    public String caption() {
        return "Figure 2: L/p as a function of the evaluation probability, one line per training probability "
                + "(seed mean, 95 % band); black dots: each model at its own p_train; dashed: naive baseline.";
    }

    @Override
    public String needs() {
        return "fixed-σ asymmetric runs at 2 or more p_train values";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(ROWS).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        double sigma = rows.get(0).<Double>getAs("sigma");
        List<Row> own = rows.stream().filter(r -> r.<Boolean>getAs("at_p_train")).toList();
        BandChart chart = new BandChart("Loss per feature vs evaluation p (asymmetric M, σ = " + Labels.number(sigma) + ")",
                ChartStyle.logP("p_eval (feature probability at evaluation)"), "L/p");
        Bands.of(rows, r -> {
            double p = r.<Double>getAs("p_train");
            return new Bands.Line("trained at p = " + Labels.number(p), Palette.sparseToDense(p));
        }).forEach(chart::band);
        return Optional.of(chart
                .naive(Naive.LOSS_PER_FEATURE, Naive.LABEL)
                .points(new Points("evaluated at its p_train", java.awt.Color.BLACK,
                        own.stream().mapToDouble(r -> r.<Double>getAs("x")).toArray(),
                        own.stream().mapToDouble(r -> r.<Double>getAs("mean")).toArray(), true))
                .build());
    }
}
