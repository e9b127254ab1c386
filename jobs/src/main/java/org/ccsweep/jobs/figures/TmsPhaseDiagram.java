package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The TMS paper's phase diagram for n = 2 features in m = 1 dimension: for each density p (x) and relative importance
 * r of the extra feature 1 (y, I = [1, r]), the phase of the best seed (lowest L/p), read from its W = [w_0, w_1]:
 * the extra feature not represented (|w_1| ≤ 0.5), given the dimension alone (|w_0| ≤ 0.5), or both kept in
 * superposition, antipodally (w_0 w_1 &lt; 0; both kept with the same sign gets a colour of its own). Each cell says
 * how many of its seeds are in the best seed's phase.
 */
final class TmsPhaseDiagram implements Figure {
    static final String PHASES = """
            WITH pick AS (
              SELECT sweep FROM runs WHERE status = 'ok' AND task = 'tms' AND n_features = 2 AND d_mlp = 1
              GROUP BY sweep ORDER BY count(DISTINCT p_train, importance_decay) DESC, sweep LIMIT 1),
            phases AS (
              SELECT r.importance_decay, r.p_train, r.loss_per_feature,
                     CASE WHEN abs(w.w[1]) <= 0.5 THEN 0 WHEN abs(w.w[0]) <= 0.5 THEN 1
                          WHEN w.w[0] * w.w[1] < 0 THEN 2 ELSE 3 END AS phase
              FROM runs r JOIN pick USING (sweep) JOIN tms_weights w USING (run_id)
              WHERE r.status = 'ok' AND r.task = 'tms' AND r.n_features = 2 AND r.d_mlp = 1 AND r.density_decay = 1)
            SELECT importance_decay, p_train, min_by(phase, loss_per_feature) AS best, collect_list(phase) AS phases
            FROM phases GROUP BY importance_decay, p_train""";
    /** The phases' names and colours, by the index the query gives them. */
    static final String[] NAMES = {"extra feature not represented", "extra feature gets the dimension",
        "superposition (antipodal)", "both kept, same sign"};
    private static final Color[] COLORS = {new Color(0xbb, 0xbb, 0xbb), Palette.GREEN, Palette.VIOLET, Palette.ORANGE};

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String name() {
        return "tms-phase";
    }

    @Override
    public String caption() {
        return "TMS phase diagram (n = 2, m = 1): the extra feature's fate against the density p of both features and its "
                + "importance r relative to feature 0's, best seed of each cell (cell text: seeds in that phase).";
    }

    @Override
    public String needs() {
        return "tms runs with n = 2, m = 1 at 2 or more p_train and importance-decay values, as conf/beyond/tms-phase.conf "
                + "makes them";
    }

    @Override
    public Dimension size() {
        return new Dimension(900, 760);
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(PHASES).collectAsList();
        TreeSet<Double> ps = new TreeSet<>();
        TreeSet<Double> importances = new TreeSet<>();
        rows.forEach(r -> {
            ps.add(r.getAs("p_train"));
            importances.add(r.getAs("importance_decay"));
        });
        if (ps.size() < 2 || importances.size() < 2) {
            return Optional.empty();
        }
        List<Double> xs = new ArrayList<>(ps);
        List<Double> ys = new ArrayList<>(importances);
        double[][] cells = new double[3][rows.size()];
        List<XYTextAnnotation> counts = new ArrayList<>();
        for (int c = 0; c < rows.size(); c++) {
            Row row = rows.get(c);
            int best = row.getAs("best");
            List<Integer> phases = row.getList(row.fieldIndex("phases"));
            cells[0][c] = xs.indexOf(row.<Double>getAs("p_train"));
            cells[1][c] = ys.indexOf(row.<Double>getAs("importance_decay"));
            cells[2][c] = best;
            XYTextAnnotation count = new XYTextAnnotation(phases.stream().filter(p -> p == best).count() + "/" + phases.size(),
                    cells[0][c], cells[1][c]);
            count.setFont(ChartStyle.TICK);
            counts.add(count);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("phase", cells);
        XYBlockRenderer blocks = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(-0.5, COLORS.length - 0.5, Color.WHITE);
        for (int k = 0; k < COLORS.length; k++) {
            scale.add(k - 0.5, COLORS[k]);
        }
        blocks.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, axis("density p of both features (1 − S)", xs),
                axis("relative importance r of the extra feature (I = [1, r])", ys), blocks);
        counts.forEach(plot::addAnnotation);
        FixedLegend legend = new FixedLegend();
        for (int k = 0; k < NAMES.length; k++) {
            legend.box(NAMES[k], COLORS[k]);
        }
        plot.setFixedLegendItems(legend.items());
        return Optional.of(ChartStyle.apply(new JFreeChart("Phase diagram, n = 2 features in m = 1 dimension",
                ChartStyle.TITLE, plot, true)));
    }

    /** An axis of the grid's values, one cell per value, labelled with the value. */
    private static SymbolAxis axis(String label, List<Double> values) {
        SymbolAxis axis = new SymbolAxis(label, values.stream().map(v -> Labels.number(v, 2)).toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, values.size() - 0.5);
        return axis;
    }
}
