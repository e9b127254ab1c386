package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import org.apache.spark.sql.Row;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Figure 3 (one panel per file): output i against t for the input t · e_i, one thin line per feature
 * i, of the sparsest or densest analysed seed-0 model; the ideal ReLU(t) dashed.
 */
final class Fig3Responses extends SparseDensePanel {
    private static final String RESPONSES = "SELECT feature, t, output FROM responses WHERE run_id = '%s' ORDER BY feature, t";
    private static final Color FEATURE = new Color(0x1f, 0x77, 0xb4, 90);

    /** The densest model's panel if {@code dense}, else the sparsest's. */
    Fig3Responses(boolean dense) {
        super(dense, "fig3-responses", "responses", RESPONSES);
    }

    @Override
    public String caption() {
        return "Figure 3 (" + extreme() + " p_train): output i for the input t · e_i, one line per feature i; "
                + "dashed: the ideal ReLU(t).";
    }

    @Override
    JFreeChart draw(AnalysedModel model, List<Row> rows) {
        XYSeriesCollection features = new XYSeriesCollection();
        XYSeries series = null;
        for (Row row : rows) {
            int feature = row.<Integer>getAs("feature");
            if (series == null || !series.getKey().equals(feature)) {
                series = new XYSeries(feature, false);
                features.addSeries(series);
            }
            series.add(row.<Double>getAs("t"), row.<Double>getAs("output"));
        }
        XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
        thin.setDefaultPaint(FEATURE);
        thin.setAutoPopulateSeriesPaint(false);
        thin.setDefaultStroke(new java.awt.BasicStroke(1f));
        thin.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(features, ChartStyle.linear("t (input t · e_i)", false),
                ChartStyle.linear("output i", true), thin);
        XYSeries relu = new XYSeries("ReLU(t)");
        relu.add(-1, 0);
        relu.add(0, 0);
        relu.add(1, 1);
        XYLineAndShapeRenderer ideal = new XYLineAndShapeRenderer(true, false);
        ideal.setSeriesPaint(0, Color.BLACK);
        ideal.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setDataset(1, new XYSeriesCollection(relu));
        plot.setRenderer(1, ideal);
        plot.setFixedLegendItems(new FixedLegend().line("output i of each feature i (one line per feature)", FEATURE.darker(), ChartStyle.LINE)
                .line("ideal: ReLU(t)", Color.BLACK, ChartStyle.DASHED).items());
        return ChartStyle.apply(new JFreeChart("Input-output response, " + model.describe(), ChartStyle.TITLE, plot, true));
    }
}
