package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The TMS paper's geometry figure: against 1/p (log), D* = m / ‖W‖²_F (a line) and every feature's dimensionality D_i
 * (dots, spread a little along x by feature index so that stacked values show as clusters) of the best seed (lowest
 * L/p) at each p_train, for the uniform tms sweep (every I_i and p_i alike) with the most p_train values and at least
 * ten features per dimension; grey lines at the paper's fractions 1, 3/4, 2/3, 1/2, 2/5, 3/8.
 */
final class TmsDimensionality implements Figure {
    static final String BEST = """
            WITH pick AS (
              SELECT sweep, n_features, d_mlp FROM runs
              WHERE status = 'ok' AND task = 'tms' AND importance_decay = 1 AND density_decay = 1 AND n_features >= 10 * d_mlp
              GROUP BY sweep, n_features, d_mlp ORDER BY count(DISTINCT p_train) DESC, sweep LIMIT 1),
            best AS (
              SELECT r.p_train, count(*) AS seeds, min_by(struct(r.run_id, r.dimensions_per_feature), r.loss_per_feature) AS run
              FROM runs r JOIN pick USING (sweep, n_features, d_mlp)
              WHERE r.status = 'ok' AND r.task = 'tms' AND r.importance_decay = 1 AND r.density_decay = 1
              GROUP BY r.p_train)
            SELECT b.p_train, b.seeds, b.run.dimensions_per_feature AS d_star, p.n_features, p.d_mlp,
                   collect_list(struct(f.feature, f.dimensionality)) AS features
            FROM best b JOIN tms_features f ON f.run_id = b.run.run_id CROSS JOIN pick p
            GROUP BY b.p_train, b.seeds, b.run.dimensions_per_feature, p.n_features, p.d_mlp ORDER BY b.p_train DESC""";
    /** The paper's named fractions and their polytopes. */
    static final List<Object[]> FRACTIONS = List.of(new Object[] {1.0, "1"}, new Object[] {0.75, "3/4 tetrahedron"},
            new Object[] {2.0 / 3, "2/3 triangle"}, new Object[] {0.5, "1/2 antipodal pair"},
            new Object[] {0.4, "2/5 pentagon"}, new Object[] {0.375, "3/8 square antiprism"});
    /** How far along x (as a factor on 1/p) the features of one model spread. */
    private static final double SPREAD = 0.06;

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String name() {
        return "tms-dimensionality";
    }

    @Override
    public String caption() {
        return "TMS geometry: D* = m / ‖W‖²_F (black line) and each feature's dimensionality D_i (dots) against 1/p, best "
                + "seed of each p_train; grey lines at 1, 3/4, 2/3, 1/2, 2/5, 3/8. D* falls from 1 as features get sparser "
                + "and sticks at 1/2 (antipodal pairs); the D_i cluster at the fractions of the uniform polytopes.";
    }

    @Override
    public String needs() {
        return "uniform tms runs (importance and density decay 1) with n ≥ 10 m at 2 or more p_train values, as "
                + "conf/beyond/tms-geometry.conf makes them";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(BEST).collectAsList();
        if (rows.size() < 2) {
            return Optional.empty();
        }
        XYSeries dStar = new XYSeries("D* = m / ‖W‖²_F", false, true);
        XYSeries dimensions = new XYSeries("D_i of each feature", false, true);
        int n = rows.get(0).<Integer>getAs("n_features");
        for (Row row : rows) {
            double x = 1 / row.<Double>getAs("p_train");
            dStar.add(x, row.<Double>getAs("d_star"));
            for (Row feature : row.<Row>getList(row.fieldIndex("features"))) {
                if (!feature.isNullAt(1)) {
                    double offset = SPREAD * (feature.getInt(0) / (n - 1.0) - 0.5);
                    dimensions.add(x * Math.exp(offset), feature.getDouble(1));
                }
            }
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, new Color(Palette.BLUE.getRed(), Palette.BLUE.getGreen(), Palette.BLUE.getBlue(), 90));
        dots.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, ChartStyle.LINE);
        line.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        LogAxis x = new LogAxis("1/p (p = feature probability in training), dense ← → sparse");
        x.setBase(10);
        x.setTickUnit(new NumberTickUnit(Math.log10(2)));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis y = ChartStyle.linear("dimensions per feature", true);
        y.setRange(0, 1.1);
        XYPlot plot = new XYPlot(new XYSeriesCollection(dStar), x, y, line);
        plot.setDataset(1, new XYSeriesCollection(dimensions));
        plot.setRenderer(1, dots);
        for (Object[] fraction : FRACTIONS) {
            double value = (Double) fraction[0];
            ValueMarker marker = new ValueMarker(value, Palette.GREY, ChartStyle.DOTTED);
            marker.setLabel((String) fraction[1]);
            marker.setLabelFont(ChartStyle.TICK);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            boolean below = value < 0.4;
            marker.setLabelAnchor(below ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(below ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        return Optional.of(ChartStyle.apply(new JFreeChart("Dimensionality of features against sparsity (n = " + n + ", m = "
                + rows.get(0).<Integer>getAs("d_mlp") + ", best of " + rows.get(0).<Long>getAs("seeds") + " seeds)",
                ChartStyle.TITLE, plot, true)));
    }
}
