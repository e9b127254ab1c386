package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Figure 4 (one panel per file): per feature i, the bars W_in[i, k] · W_out[k, i] of every neuron k
 * stacked (positive up, negative down), one colour per neuron, of the sparsest or densest analysed
 * seed-0 model (Figure 3's).
 */
final class Fig4WeightBars extends SparseDensePanel {
    private static final String BARS = "SELECT feature, neuron, value FROM weight_bars WHERE run_id = '%s' ORDER BY neuron, feature";

    Fig4WeightBars(boolean dense) {
        super(dense, "fig4-weight-bars", "weight_bars", BARS);
    }

    @Override
    public String caption() {
        return "Figure 4 (" + extreme() + " p_train): W_in[i, k] · W_out[k, i] per feature i, "
                + "stacked over neurons k (one colour per neuron).";
    }

    @Override
    JFreeChart draw(AnalysedModel model, List<Row> rows) {
        Map<Integer, XYSeries> byNeuron = new TreeMap<>();
        for (Row row : rows) {
            byNeuron.computeIfAbsent(row.<Integer>getAs("neuron"), k -> new XYSeries(k, false, false))
                    .add(row.<Integer>getAs("feature").doubleValue(), row.<Double>getAs("value"));
        }
        // filled before adding: the dataset pads a series it is given with every x it already holds
        DefaultTableXYDataset neurons = new DefaultTableXYDataset();
        byNeuron.values().forEach(neurons::addSeries);
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        int n = neurons.getSeriesCount();
        for (int k = 0; k < n; k++) {
            bars.setSeriesPaint(k, Color.getHSBColor((float) k / n, 0.65f, 0.85f));
        }
        XYPlot plot = new XYPlot(neurons, ChartStyle.linear("feature i", false),
                ChartStyle.linear("W_in[i, k] · W_out[k, i], stacked over neurons k", true), bars);
        plot.getDomainAxis().setRange(-1, neurons.getItemCount());
        plot.setFixedLegendItems(new FixedLegend().box("neuron k (one colour per neuron, " + n + " neurons)",
                Color.getHSBColor(0.6f, 0.65f, 0.85f)).items());
        return ChartStyle.apply(new JFreeChart("Weight bars, " + model.describe(), ChartStyle.TITLE, plot, true));
    }
}
