package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 5 left: the loss profile of the best model (lowest mean L/p at p_train) of each kind of M
 * trained at the p_train where the most kinds were (the paper's: 0.01), as the paper picks the
 * loss-optimal magnitude (learnt σ or the best fixed σ);
 * seed mean and 95 % band; the naive line.
 */
final class Fig5LeftKinds implements Figure {
    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig5-left-kinds";
    }

    @Override
    public String caption() {
        return "Figure 5 left: L/p as a function of the evaluation probability for models trained at one p "
                + "on each kind of M, each at its loss-optimal magnitude (seed mean, 95 % band); dashed: naive baseline.";
    }

    @Override
    public String needs() {
        return "runs of several kinds of M at one p_train";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(Selections.BEST_PER_KIND).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String p = Labels.number(rows.get(0).<Double>getAs("p_train"));
        BandChart chart = new BandChart("Loss per feature by kind of M (trained at p = " + p + ")",
                ChartStyle.logP("p_eval (feature probability at evaluation)"), "L/p");
        Bands.of(rows, Fig5LeftKinds::line).forEach(chart::band);
        return Optional.of(chart.naive(rows).build());
    }

    private static Bands.Line line(Row row) {
        String kind = row.getAs("mixing");
        boolean residual = row.<String>getAs("model").equals("residual");
        String label;
        if (residual) {
            label = "residual model (Braun et al., embedding)";
        } else if (kind.equals("clean")) {
            label = "clean (M = 0)";
        } else if (row.<Boolean>getAs("learn_sigma")) {
            label = kind + " M, learnt σ → " + Labels.number(row.<Double>getAs("final_sigma"), 2);
        } else {
            label = kind + " M, σ = " + Labels.number(row.<Double>getAs("sigma"));
        }
        return new Bands.Line(label, residual ? Palette.ORANGE : Palette.mixing(kind));
    }
}
