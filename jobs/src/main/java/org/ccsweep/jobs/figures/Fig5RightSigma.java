package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 5 right: L/p at p_train against a fixed σ, one line per scan over σ (at least 3 values; the paper's are
 * at p = 0.01 per kind of M), seed mean and 95 % band; the naive line of the points drawn.
 */
final class Fig5RightSigma implements Figure {
    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig5-right-sigma";
    }

    @Override
    public String caption() {
        return "Figure 5 right: L/p at p_train as a function of the magnitude σ of M, each σ trained separately "
                + "(seed mean, 95 % band); dashed: naive baseline.";
    }

    @Override
    public String needs() {
        return "fixed-σ runs over 3 or more σ values that agree on every other setting";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(Selections.SIGMA_SCAN).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> differing = Scans.differing(rows, "sigma");
        Map<String, Color> colors = Scans.colors(rows, differing);
        String at = rows.stream().map(r -> Labels.number(r.<Double>getAs("p_train"))).distinct().count() == 1
                ? "p = " + Labels.number(rows.get(0).<Double>getAs("p_train")) : "p_train";
        BandChart chart = new BandChart("Loss per feature vs magnitude of M (" + at + ")",
                ChartStyle.linear("σ (scale of the mixing matrix M)", true), "L/p at " + at);
        Bands.of(rows, r -> new Bands.Line(Scans.label(r, differing), colors.get(r.<String>getAs("scan"))))
                .forEach(chart::band);
        return Optional.of(chart.naive(rows).build());
    }
}
