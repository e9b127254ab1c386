package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Shared/seeds/003's comparison: the RMS read-off error on outputs whose label is 0 and on those whose label
 * is 1, for U-AND and U-XOR with the first layer trained, frozen at N(0, 1), or frozen at the construction;
 * bars are seed means, whiskers the 95 % intervals. One setting (m, d, p, ...): the one with the most of the
 * six configurations in the results.
 */
final class UandErrors implements Figure {
    /** Per operation and first layer of one setting: seed statistics of both RMS errors of the trained read-off. */
    static final String ERRORS = """
            WITH r AS (SELECT *, %1$s AS setting FROM runs WHERE status = 'ok' AND task = 'uand' AND NOT uand_bisect),
            m AS (
              SELECT r.uand_operation AS op, r.uand_first_layer AS layer, r.setting, r.n_features, r.d_mlp, r.p_train,
                     x.rms_zero, x.rms_positive
              FROM r JOIN uand_metrics x ON x.run_id = r.run_id AND x.readoff = 'trained'
              WHERE x.rms_zero IS NOT NULL AND x.rms_positive IS NOT NULL),
            chosen AS (SELECT setting FROM m GROUP BY setting
                       ORDER BY count(DISTINCT op, layer) DESC, count(*) DESC, setting LIMIT 1)
            SELECT op, layer, first(n_features) AS m, first(d_mlp) AS d, first(p_train) AS p, %2$s, %3$s
            FROM m JOIN chosen USING (setting) GROUP BY op, layer
            ORDER BY op, CASE layer WHEN 'trained' THEN 0 WHEN 'gaussian' THEN 1 ELSE 2 END""".formatted(
            Scans.keyExcept("uand_operation", "uand_first_layer", "uand_connect_p"), stats("rms_zero", "zero"),
            stats("rms_positive", "positive"));

    /** n, mean and the 95 % interval's half-width of {@code value} over a group, as {@code <prefix>_n}, ... */
    static String stats(String value, String prefix) {
        return "count(*) AS " + prefix + "_n, avg(" + value + ") AS " + prefix + "_mean, t_quantile(0.975, count(*) - 1) * "
                + "stddev_samp(" + value + ") / sqrt(count(*)) AS " + prefix + "_half";
    }

    @Override
    public Section section() {
        return UandSections.GENERICITY;
    }

    @Override
    public String name() {
        return "uand-errors";
    }

    @Override
    public String caption() {
        return "U-AND and U-XOR read-off errors (Hänni et al.'s genericity test, shared/seeds/003): RMS error on "
                + "outputs that should be 0 and on outputs that should be 1, with the first layer trained, frozen at "
                + "N(0, 1) with zero bias, or frozen at the construction (binary, bias −1), only the read-off learnt; "
                + "seed means, whiskers 95 % intervals.";
    }

    @Override
    public String needs() {
        return "uand runs at a fixed width (conf/beyond/uand.conf)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(ERRORS).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Row row : rows) {
            String category = row.<String>getAs("op").toUpperCase(Locale.ROOT) + ", " + row.getAs("layer");
            data.add((double) row.<Double>getAs("zero_mean"), half(row, "zero_half"), "label 0 (interference)", category);
            data.add((double) row.<Double>getAs("positive_mean"), half(row, "positive_half"), "label 1", category);
        }
        Row first = rows.get(0);
        CategoryAxis x = new CategoryAxis("operation, first layer (m = " + first.getAs("m") + ", d = " + first.getAs("d")
                + ", p = " + first.getAs("p") + ")");
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.TICK);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = ChartStyle.linear("RMS read-off error", true);
        y.setLabelFont(ChartStyle.LABEL);
        y.setTickLabelFont(ChartStyle.TICK);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.YELLOW);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        return Optional.of(ChartStyle.apply(new JFreeChart("U-AND and U-XOR: read-off errors by first layer",
                ChartStyle.TITLE, plot, true)));
    }

    /** The half-width, 0 for a single seed (no interval). */
    private static double half(Row row, String column) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? 0.0 : row.getDouble(i);
    }
}
