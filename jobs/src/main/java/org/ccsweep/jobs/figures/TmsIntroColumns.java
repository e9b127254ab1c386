package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The TMS paper's Figure 1: the columns W_i of a model with m = 2 hidden dimensions (n = 5 in the notebook's intro),
 * one panel per p_train from dense (left) to sparse, each the best seed's (lowest L/p) of the tms sweep with the most
 * such p values; each W_i drawn from the origin, coloured from the most important feature (yellow) to the least
 * (violet), on the same square axes [−1.5, 1.5]².
 */
final class TmsIntroColumns implements Figure {
    static final String BEST = """
            WITH pick AS (
              SELECT sweep FROM runs WHERE status = 'ok' AND task = 'tms' AND d_mlp = 2
              GROUP BY sweep ORDER BY count(DISTINCT p_train) DESC, sweep LIMIT 1)
            SELECT r.p_train, first(r.n_features) AS n, count(*) AS seeds,
                   min_by(struct(r.seed, r.loss_per_feature, w.w), r.loss_per_feature) AS best
            FROM runs r JOIN tms_weights w USING (run_id) JOIN pick USING (sweep)
            WHERE r.status = 'ok' AND r.task = 'tms' AND r.d_mlp = 2
            GROUP BY r.p_train ORDER BY r.p_train DESC""";
    private static final int COLUMNS = 5;
    private static final double LIMIT = 1.5;

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String name() {
        return "tms-intro-columns";
    }

    @Override
    public String caption() {
        return "TMS Figure 1: the columns W_i of the m = 2 model at each p_train, dense (left) to sparse, the best seed of "
                + "each; yellow the most important feature, violet the least. Dense, the two most important features get "
                + "orthogonal directions and the rest none; sparse, every feature is kept, in superposition.";
    }

    @Override
    public String needs() {
        return "tms runs with m = 2 (tms_weights), as conf/beyond/tms-intro.conf makes them";
    }

    @Override
    public Dimension size() {
        return new Dimension(1250, 620);
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(BEST).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PanelGrid grid = new PanelGrid(COLUMNS);
        int n = rows.get(0).<Integer>getAs("n");
        for (Row row : rows) {
            Row best = row.getAs("best");
            grid.add("p = " + Labels.number(row.<Double>getAs("p_train"), 3) + ", L/p " + Labels.number(best.getDouble(1), 3),
                    panel(best.getList(2)));
        }
        FixedLegend legend = new FixedLegend();
        for (int i = 0; i < n; i++) {
            legend.line("W_" + i, importanceColor(i, n), ChartStyle.LINE);
        }
        JFreeChart chart = new JFreeChart("Columns of W over sparsity (m = 2, n = " + n + ", best of "
                + rows.get(0).<Long>getAs("seeds") + " seeds), yellow = most important", ChartStyle.TITLE, grid, false);
        chart.addLegend(new LegendTitle(legend::items));
        return Optional.of(ChartStyle.apply(chart));
    }

    /** One model: a line from the origin to each W_i, with a dot at its end. */
    private static XYPlot panel(List<Float> w) {
        int n = w.size() / 2;
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < n; i++) {
            XYSeries column = new XYSeries("W_" + i, false, true);
            column.add(0, 0);
            column.add(w.get(2 * i), w.get(2 * i + 1));
            lines.addSeries(column);
            renderer.setSeriesPaint(i, importanceColor(i, n));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShapesVisible(i, true);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        XYPlot plot = new XYPlot(lines, axis(), axis(), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        return plot;
    }

    private static NumberAxis axis() {
        NumberAxis axis = new NumberAxis();
        axis.setRange(-LIMIT, LIMIT);
        axis.setTickLabelsVisible(false);
        return axis;
    }

    /** Feature i of n from yellow (i = 0, the most important) to violet (i = n − 1), through green and blue. */
    static Color importanceColor(int i, int n) {
        float t = n == 1 ? 0f : (float) i / (n - 1);
        return Color.getHSBColor((55f + t * (275f - 55f)) / 360f, 0.85f, 0.85f - 0.25f * t);
    }
}
