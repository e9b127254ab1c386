package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Figure 6: the training curve of a transplanted model (noisy M, then the same weights on M = 0) as
 * training L/p (window loss / p_train), seed mean and band, the switch marked; the evaluated L/p at
 * the phase ends (transplants table) as dots; the naive line.
 */
final class Fig6Transplant implements Figure {
    static final String CURVE = """
            WITH pick AS (SELECT min(point_id) AS point_id FROM runs WHERE status = 'ok' AND transplant_steps > 0)
            SELECT r.point_id, r.mixing, r.steps AS switch, CAST(c.step AS DOUBLE) AS x,
                   avg(r.naive_reference_loss_per_feature) AS naive_reference, %s
            FROM runs r JOIN pick ON r.point_id = pick.point_id JOIN curves c ON c.run_id = r.run_id
            WHERE r.status = 'ok'
            GROUP BY r.point_id, r.mixing, r.steps, c.step ORDER BY c.step""".formatted(SeedStats.of("c.loss / r.p_train"));

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig6-transplant";
    }

    @Override
    public String caption() {
        return "Figure 6: training L/p of a model trained on noisy labels (M ≠ 0), then fine-tuned on clean labels "
                + "(M = 0) from the dashed line on (seed mean, 95 % band); dots: L/p evaluated at p_train at the phase ends.";
    }

    @Override
    public String needs() {
        return "transplant runs (train.transplant-steps > 0)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(CURVE).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String kind = rows.get(0).getAs("mixing");
        Object point = rows.get(0).getAs("point_id");
        List<Row> ends = spark.sql(Selections.TRANSPLANT_POINTS).collectAsList().stream()
                .filter(r -> r.getAs("point_id").equals(point)).toList();
        BandChart chart = new BandChart("Transplant: trained on " + kind + " M, then on M = 0",
                ChartStyle.linear("training step", true), "L/p (training loss / p_train)");
        Bands.of(rows, r -> new Bands.Line("training L/p (window mean)", Palette.mixing(kind))).forEach(chart::band);
        return Optional.of(chart.naive(rows)
                .marker(rows.get(0).<Integer>getAs("switch"), "switch to M = 0")
                .points(new Points("evaluated L/p at the phase ends", java.awt.Color.BLACK,
                        ends.stream().mapToDouble(r -> r.<Double>getAs("x")).toArray(),
                        ends.stream().mapToDouble(r -> r.<Double>getAs("mean")).toArray(), false))
                .build());
    }
}
