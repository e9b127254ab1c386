package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 2: L/p against p_eval for models trained at each p_train of a scan over p_train (one kind of M, one fixed
 * σ: the paper's is asymmetric at σ = 0.02), seed
 * mean and 95 % band per p_train, violet (sparse) to green (dense); black dots joined by a dotted
 * line at p_eval = p_train (what Braun et al. saw); the naive line.
 */
final class Fig2Profiles implements Figure {
    @Override
    public Section section() {
        return Section.CC;
    }

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
        return "fixed-σ runs of one kind of M at 2 or more p_train values";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(Selections.PROFILES_BY_P_TRAIN).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        double sigma = rows.get(0).<Double>getAs("sigma");
        String kind = rows.get(0).getAs("mixing");
        List<Row> own = rows.stream().filter(r -> r.<Boolean>getAs("at_p_train")).toList();
        BandChart chart = new BandChart("Loss per feature vs evaluation p (" + kind + " M, σ = " + Labels.number(sigma) + ")",
                ChartStyle.logP("p_eval (feature probability at evaluation)"), "L/p");
        Bands.of(rows, r -> {
            double p = r.<Double>getAs("p_train");
            return new Bands.Line("trained at p = " + Labels.number(p, 2), Palette.sparseToDense(p));
        }).forEach(chart::band);
        return Optional.of(chart
                .naive(rows)
                .points(new Points("evaluated at its p_train", java.awt.Color.BLACK,
                        own.stream().mapToDouble(r -> r.<Double>getAs("x")).toArray(),
                        own.stream().mapToDouble(r -> r.<Double>getAs("mean")).toArray(), true))
                .build());
    }
}
