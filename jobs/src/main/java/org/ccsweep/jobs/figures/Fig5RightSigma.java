package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 5 right: L/p at p_train = 0.01 against a fixed σ, one line per kind of M (seed mean and
 * 95 % band), each kind from the sweep that has the most σ values for it (at least 3); the naive line.
 */
final class Fig5RightSigma implements Figure {
    static final String ROWS = """
            WITH sigmas AS (
              SELECT mixing, sweep, count(DISTINCT sigma) AS values FROM aggregates
              WHERE at_p_train AND p_train = 0.01 AND NOT learn_sigma AND input_mode = 'bernoulli' AND mixing != 'clean'
              GROUP BY mixing, sweep HAVING values >= 3),
            pick AS (SELECT mixing, max_by(sweep, struct(values, sweep)) AS sweep FROM sigmas GROUP BY mixing)
            SELECT a.mixing, a.sigma AS x, a.mean, a.ci95_low, a.ci95_high
            FROM aggregates a JOIN pick ON a.mixing = pick.mixing AND a.sweep = pick.sweep
            WHERE a.at_p_train AND a.p_train = 0.01 AND NOT a.learn_sigma AND a.input_mode = 'bernoulli'
            ORDER BY a.mixing DESC, a.sigma""";

    @Override
    public String name() {
        return "fig5-right-sigma";
    }

    @Override
    public String caption() {
        return "Figure 5 right: L/p at p = 0.01 as a function of the magnitude σ of M, each σ trained separately "
                + "(seed mean, 95 % band); dashed: naive baseline.";
    }

    @Override
    public String needs() {
        return "fixed-σ runs at p_train = 0.01 over 3 or more σ values of one kind of M";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(ROWS).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BandChart chart = new BandChart("Loss per feature vs magnitude of M (p = 0.01)",
                ChartStyle.linear("σ (scale of the mixing matrix M)", true), "L/p at p = 0.01");
        Bands.of(rows, r -> {
            String kind = r.getAs("mixing");
            return new Bands.Line(kind + " M", Palette.mixing(kind));
        }).forEach(chart::band);
        return Optional.of(chart.naive(Naive.LOSS_PER_FEATURE, Naive.LABEL).build());
    }
}
