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
        List<Row> rows = spark.sql(Selections.SIGMA_SCAN).collectAsList();
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
