package org.ccsweep.jobs.figures;

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
 * Figure 7 right: cos(E_i, E_i W_in W_out) per eigenvector index i and cos(U_i, V_i W_in W_out) per
 * singular index i, of the analysed seed-0 model trained closest to p = 0.01.
 */
final class Fig7Alignment implements Figure {
    private static final String ALIGNMENT = "SELECT basis, idx, cosine FROM alignment WHERE run_id = '%s' ORDER BY basis, idx";

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig7-alignment";
    }

    @Override
    public String caption() {
        return "Figure 7 right: how W_in · W_out maps each eigenvector E_i of the symmetrised M_s (cosine with E_i) and "
                + "each right singular vector V_i of I + M_s (cosine with U_i), by index in descending order of value.";
    }

    @Override
    public String needs() {
        return "analysed runs (alignment)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        return AnalysedModel.pick(spark, Selections.ANALYSED_ALONE).map(model -> draw(model, model.rows(spark, ALIGNMENT)));
    }

    private static JFreeChart draw(AnalysedModel model, List<Row> rows) {
        XYSeries eigen = new XYSeries("eigenvectors: cos(E_i, E_i · W_in · W_out)");
        XYSeries singular = new XYSeries("singular vectors: cos(U_i, V_i · W_in · W_out)");
        for (Row row : rows) {
            (row.getAs("basis").equals("eigen") ? eigen : singular)
                    .add(row.<Integer>getAs("idx").doubleValue(), row.<Double>getAs("cosine"));
        }
        XYSeriesCollection lines = new XYSeriesCollection(eigen);
        lines.addSeries(singular);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.ORANGE);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesStroke(1, ChartStyle.LINE);
        XYPlot plot = new XYPlot(lines, ChartStyle.linear("index i (descending eigen- / singular value)", true),
                ChartStyle.linear("cosine", true), renderer);
        return ChartStyle.apply(new JFreeChart("Alignment with M's bases, " + model.describe(), ChartStyle.TITLE, plot, true));
    }
}
