package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 9: L/p at the sparsest p_eval profiled (0.001 in fig9.conf: nearly the exactly-one task the
 * paper's semi-NMF study is on) against σ of the semi-NMF baseline, the naive baseline for the same M_s
 * (both from the baselines table) and the models trained on exactly-one inputs at each σ, per kind of M.
 */
final class Fig9SemiNmf implements Figure {
    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig9-semi-nmf";
    }

    @Override
    public String caption() {
        return "Figure 9: L/p at the sparsest p_eval profiled as a function of σ for the semi-NMF baseline, the naive "
                + "baseline on the same labels and the models trained on exactly-one inputs (seed mean, 95 % band).";
    }

    @Override
    public String needs() {
        return "semi-nmf baselines";
    }

    /** The kind's colour halfway to grey: the naive line of each kind, told apart but in the background. */
    private static Color greyed(Color base) {
        return new Color((base.getRed() + 160) / 2, (base.getGreen() + 160) / 2, (base.getBlue() + 160) / 2);
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> baselines = spark.sql(Selections.BASELINES_BY_SIGMA).collectAsList();
        if (baselines.stream().noneMatch(r -> r.getAs("baseline").equals("semi-nmf"))) {
            return Optional.empty();
        }
        List<Row> rows = baselines.stream().filter(r -> List.of("semi-nmf", "naive").contains(r.<String>getAs("baseline"))).toList();
        String p = Labels.number(rows.get(0).<Double>getAs("p_eval"));
        BandChart chart = new BandChart("Semi-NMF baseline vs models trained on exactly-one inputs (p_eval = " + p + ")",
                ChartStyle.linear("σ (scale of the mixing matrix M)", true), "L/p at p_eval = " + p);
        Bands.of(rows, r -> {
            String kind = r.getAs("mixing");
            boolean semi = r.getAs("baseline").equals("semi-nmf");
            Color base = Palette.mixing(kind);
            return new Bands.Line(kind + " M: " + (semi ? "semi-NMF" : "naive model on these labels"), semi ? base.darker() : greyed(base));
        }).forEach(chart::band);
        List<Row> trained = spark.sql(Selections.EXACTLY_ONE_SCAN).collectAsList();
        Bands.of(trained, r -> {
            String kind = r.getAs("mixing");
            return new Bands.Line(kind + " M: trained on exactly-one inputs", Palette.mixing(kind));
        }).forEach(chart::band);
        return Optional.of(chart.naive(trained).build());
    }
}
