package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Figure 7 left: |b_i · w_k|, the projection of each vector b_i of three bases of M_s on each neuron k's
 * input weights (column k of W_in) and output weights (row k of W_out), as six heatmaps of the model of
 * Figure 7 right: rows E (eigenvectors of (M_s + M_sᵀ)/2), V and U (right and left singular vectors of
 * I + M_s), columns W_in and W_out. The paper shows four of them (E on both, V on W_in, U on W_out); the
 * other two complete the set. One colour scale for all six, magma as in the paper, saturating at the 99th
 * percentile of the values so that a few large entries do not wash the rest out; a dashed line at i = d
 * separates the top-d vectors from the rest.
 */
final class Fig7Projections implements Figure {
    private static final String PROJECTIONS = """
            SELECT basis, side, idx, neuron, abs(value) AS value FROM projections WHERE run_id = '%s'""";

    /** Rows of the grid: basis as in the projections table, its symbol, and what orders its index. */
    private record Basis(String name, String symbol, String order) {
    }

    private static final List<Basis> BASES = List.of(new Basis("eigen", "E", "eigenvalue"),
            new Basis("right_singular", "V", "singular value"), new Basis("left_singular", "U", "singular value"));
    private static final List<String> SIDES = List.of("in", "out");
    static final double SATURATION_QUANTILE = 0.99;

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig7-projections";
    }

    @Override
    public String caption() {
        return "Figure 7 left: |projection| of each basis vector i of M_s on each neuron k's input weights (W_in[:, k], left) "
                + "and output weights (W_out[k, :], right): eigenvectors E of the symmetrised M_s (top), right (V, middle) "
                + "and left (U, bottom) singular vectors of I + M_s, by descending eigen- / singular value. The paper's "
                + "four panels are E on both sides, V on W_in and U on W_out. One colour scale for all six, saturating at "
                + "the 99th percentile; the dashed line is i = d.";
    }

    @Override
    public String needs() {
        return "analysed runs (projections)";
    }

    @Override
    public Dimension size() {
        return new Dimension(ChartFiles.WIDTH, 1000);
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        return AnalysedModel.pick(spark, Selections.ANALYSED_ALONE).map(model -> draw(model, model.rows(spark, PROJECTIONS)));
    }

    private static JFreeChart draw(AnalysedModel model, List<Row> rows) {
        Map<String, List<Row>> panels = new HashMap<>();
        double[] all = new double[rows.size()];
        int maxIdx = 0;
        int maxNeuron = 0;
        for (int q = 0; q < rows.size(); q++) {
            Row row = rows.get(q);
            panels.computeIfAbsent(row.getAs("basis") + "/" + row.getAs("side"), k -> new ArrayList<>()).add(row);
            all[q] = row.<Double>getAs("value");
            maxIdx = Math.max(maxIdx, row.<Integer>getAs("idx"));
            maxNeuron = Math.max(maxNeuron, row.<Integer>getAs("neuron"));
        }
        double top = quantile(all, SATURATION_QUANTILE);
        PaintScale scale = Palette.magma(top);
        PanelGrid grid = new PanelGrid(SIDES.size());
        for (Basis basis : BASES) {
            for (String side : SIDES) {
                List<Row> cells = panels.getOrDefault(basis.name() + "/" + side, List.of());
                grid.add(title(basis, side), heatmap(cells, basis, scale, maxIdx, maxNeuron));
            }
        }
        JFreeChart chart = ChartStyle.apply(new JFreeChart("Figure 7 left: M's bases on the neurons, " + model.describe(),
                ChartStyle.TITLE, grid, false));
        // Crisp cells: anti-aliased block edges blend neighbours into thousands of colours (a 590 KB PNG, 1/3 of it with
        // them off); text stays anti-aliased.
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        NumberAxis values = ChartStyle.linear("|projection| (saturates at the 99th percentile, " + Labels.number(top, 2) + ")", true);
        values.setRange(0, top > 0 ? top : 1);
        values.setTickUnit(new NumberTickUnit(new java.math.BigDecimal(values.getUpperBound() / 8).round(new java.math.MathContext(1)).doubleValue()));
        values.setTickLabelFont(ChartStyle.TICK);
        values.setLabelFont(ChartStyle.LABEL);
        PaintScaleLegend legend = new PaintScaleLegend(scale, values);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(30, 8, 50, 4);
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        return chart;
    }

    /** e.g. "|E_i · W_in[:, k]|". */
    private static String title(Basis basis, String side) {
        return "|" + basis.symbol() + "_i · " + (side.equals("in") ? "W_in[:, k]|" : "W_out[k, :]|");
    }

    private static XYPlot heatmap(List<Row> rows, Basis basis, PaintScale scale, int maxIdx, int maxNeuron) {
        double[][] xyz = new double[3][rows.size()];
        for (int q = 0; q < rows.size(); q++) {
            Row row = rows.get(q);
            xyz[0][q] = row.<Integer>getAs("idx");
            xyz[1][q] = row.<Integer>getAs("neuron");
            xyz[2][q] = row.<Double>getAs("value");
        }
        DefaultXYZDataset cells = new DefaultXYZDataset();
        cells.addSeries(basis.symbol(), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis index = ChartStyle.linear(basis.symbol() + "_i, i by descending " + basis.order(), false);
        NumberAxis neuron = ChartStyle.linear("neuron k", false);
        index.setRange(-0.5, maxIdx + 0.5);
        neuron.setRange(-0.5, maxNeuron + 0.5);
        XYPlot plot = new XYPlot(cells, index, neuron, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        int d = maxNeuron + 1;
        plot.addDomainMarker(new ValueMarker(d - 0.5, Color.WHITE, ChartStyle.DASHED));
        return plot;
    }

    /** The q-quantile of the values (nearest rank), 0 for none. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
