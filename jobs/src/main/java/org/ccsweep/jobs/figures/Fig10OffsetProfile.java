package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 10 right: the naive+offset baseline's L/p profile (its best offset per p, baselines table)
 * against the profiles of models trained on clean labels (M = 0) at each p_train, on log p.
 */
final class Fig10OffsetProfile implements Figure {
    static final String OFFSET_PROFILE = """
            SELECT p_eval AS x, %s FROM baselines WHERE baseline = 'naive-offset' AND %s
            GROUP BY p_eval ORDER BY p_eval""".formatted(SeedStats.of("loss_per_feature"), Selections.BASELINE_OK);
    static final String CLEAN_PROFILES = """
            SELECT p_train, p_eval AS x, mean, ci95_low, ci95_high, naive_reference FROM aggregates
            WHERE mixing = 'clean' AND NOT learn_sigma AND input_mode = 'bernoulli' AND coalesce(transplant_steps, 0) = 0
            ORDER BY p_train, p_eval""";

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig10-right-offset-profile";
    }

    @Override
    public String caption() {
        return "Figure 10 right: L/p against p of the naive model with its best offset (black) and of models trained on "
                + "clean labels at each p_train (seed mean, 95 % band); dashed: the naive baseline.";
    }

    @Override
    public String needs() {
        return "naive-offset baselines";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> offset = spark.sql(OFFSET_PROFILE).collectAsList();
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        BandChart chart = new BandChart("Naive + offset vs models trained on clean labels (M = 0)",
                ChartStyle.logP("p (feature probability at evaluation)"), "L/p");
        Bands.of(offset, r -> new Bands.Line("naive + best offset", Color.BLACK)).forEach(chart::band);
        List<Row> clean = spark.sql(CLEAN_PROFILES).collectAsList();
        Bands.of(clean, r -> {
            double p = r.<Double>getAs("p_train");
            return new Bands.Line("trained on clean labels at p = " + Labels.number(p), Palette.sparseToDense(p));
        }).forEach(chart::band);
        return Optional.of(chart.naive(clean).build());
    }
}
