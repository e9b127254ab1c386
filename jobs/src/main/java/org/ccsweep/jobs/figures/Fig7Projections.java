package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Figure 7 left: heatmap of |E_i · w_k|, the projection of eigenvector i of the symmetrised M_s on
 * neuron k's input weights (column k of W_in), of Figure 7 right's model.
 */
final class Fig7Projections implements Figure {
    private static final String PROJECTIONS = """
            SELECT idx, neuron, abs(value) AS value FROM projections
            WHERE run_id = '%s' AND basis = 'eigen' AND side = 'in'""";

    @Override
    public String name() {
        return "fig7-projections";
    }

    @Override
    public String caption() {
        return "Figure 7 left: |projection| of each eigenvector E_i of the symmetrised M_s (descending eigenvalue) "
                + "on each neuron's input weights.";
    }

    @Override
    public String needs() {
        return "analysed runs (projections)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        return AnalysedModel.pick(spark, Selections.ANALYSED_AT_P001).map(model -> draw(model, model.rows(spark, PROJECTIONS)));
    }

    private static JFreeChart draw(AnalysedModel model, List<Row> rows) {
        double[][] xyz = new double[3][rows.size()];
        double max = 0;
        for (int q = 0; q < rows.size(); q++) {
            Row row = rows.get(q);
            xyz[0][q] = row.<Integer>getAs("idx");
            xyz[1][q] = row.<Integer>getAs("neuron");
            xyz[2][q] = row.<Double>getAs("value");
            max = Math.max(max, xyz[2][q]);
        }
        DefaultXYZDataset cells = new DefaultXYZDataset();
        cells.addSeries("|projection|", xyz);
        PaintScale scale = whiteToBlue(max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis eigen = ChartStyle.linear("eigenvector index i (descending eigenvalue)", false);
        NumberAxis neuron = ChartStyle.linear("neuron k", false);
        eigen.setRange(-0.5, Math.max(1, max(xyz[0])) + 0.5);
        neuron.setRange(-0.5, Math.max(1, max(xyz[1])) + 0.5);
        XYPlot plot = new XYPlot(cells, eigen, neuron, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart("|E_i · W_in[:, k]|, " + model.describe(), ChartStyle.TITLE, plot, false));
        NumberAxis values = ChartStyle.linear("|projection|", true);
        values.setTickLabelFont(ChartStyle.TICK);
        values.setLabelFont(ChartStyle.LABEL);
        PaintScaleLegend legend = new PaintScaleLegend(scale, values);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 8, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }

    private static PaintScale whiteToBlue(double max) {
        double top = max > 0 ? max : 1;
        LookupPaintScale scale = new LookupPaintScale(0, top, Palette.BLUE);
        for (int s = 0; s < 64; s++) {
            float f = s / 63f;
            scale.add(top * s / 64, new Color(1 - f * (1 - 0x1f / 255f), 1 - f * (1 - 0x77 / 255f), 1 - f * (1 - 0xb4 / 255f)));
        }
        return scale;
    }
}
