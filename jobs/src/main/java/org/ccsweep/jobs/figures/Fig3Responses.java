package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Figure 3 (one panel per file): output i against t for the input t · e_i, one thin line per feature
 * i, of the sparsest or densest analysed seed-0 model; the ideal ReLU(t) dashed.
 */
final class Fig3Responses implements Figure {
    private static final String RESPONSES = "SELECT feature, t, output FROM responses WHERE run_id = '%s' ORDER BY feature, t";
    private static final Color FEATURE = new Color(0x1f, 0x77, 0xb4, 90);

    private final boolean dense;

    /** The densest model's panel if {@code dense}, else the sparsest's. */
    Fig3Responses(boolean dense) {
        this.dense = dense;
    }

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig3-responses-" + (dense ? "dense" : "sparse");
    }

    @Override
    public String caption() {
        return "Figure 3 (" + (dense ? "densest" : "sparsest") + " p_train): output i for the input t · e_i, one line per feature i; "
                + "dashed: the ideal ReLU(t).";
    }

    @Override
    public String needs() {
        return "analysed seed-0 runs (responses) at 2 or more p_train values of one sweep";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        return AnalysedModel.pick(spark, Selections.ANALYSED_BY_P_TRAIN.formatted(dense ? "max" : "min"))
                .map(model -> draw(model, model.rows(spark, RESPONSES)));
    }

    private static JFreeChart draw(AnalysedModel model, List<Row> rows) {
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
