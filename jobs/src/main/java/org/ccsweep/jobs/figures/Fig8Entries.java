package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Figure 8: entries of P = W_in · W_out against the entries of M_s coupling the same input and output,
 * diagonal and off-diagonal apart, with each group's least-squares line (entry_fits), of Figure 7's model.
 */
final class Fig8Entries implements Figure {
    private static final String ENTRIES = "SELECT diagonal, mixing, product FROM entries WHERE run_id = '%s'";
    private static final String FITS = "SELECT diagonal, slope, intercept, r FROM entry_fits WHERE run_id = '%s' AND slope IS NOT NULL";
    private static final Color DIAGONAL = Palette.RED;
    private static final Color OFF = new Color(0x1f, 0x77, 0xb4, 110);

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig8-entries";
    }

    @Override
    public String caption() {
        return "Figure 8: entries of W_in · W_out against the matching entries of M_s, diagonal (red) and off-diagonal "
                + "(blue), with their least-squares lines.";
    }

    @Override
    public String needs() {
        return "analysed runs (entries)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        return AnalysedModel.pick(spark, Selections.ANALYSED_ALONE)
                .map(model -> draw(model, model.rows(spark, ENTRIES), model.rows(spark, FITS)));
    }

    private static JFreeChart draw(AnalysedModel model, List<Row> rows, List<Row> fits) {
        XYSeries off = new XYSeries("off-diagonal entries", false);
        XYSeries diagonal = new XYSeries("diagonal entries", false);
        for (Row row : rows) {
            (row.<Boolean>getAs("diagonal") ? diagonal : off).add(row.<Double>getAs("mixing"), row.<Double>getAs("product"));
        }
        XYSeriesCollection points = new XYSeriesCollection(off);
        points.addSeries(diagonal);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, OFF);
        dots.setSeriesPaint(1, DIAGONAL);
        dots.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        dots.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        XYPlot plot = new XYPlot(points, ChartStyle.linear("M_s[j, l] (labels' weight of input l in output j)", false),
                ChartStyle.linear("(W_in · W_out)[l, j]", false), dots);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer fitted = new XYLineAndShapeRenderer(true, false);
        for (Row fit : fits) {
            boolean diag = fit.<Boolean>getAs("diagonal");
            XYSeries group = diag ? diagonal : off;
            Range span = new Range(group.getMinX(), group.getMaxX());
            double slope = fit.<Double>getAs("slope");
            double intercept = fit.<Double>getAs("intercept");
            XYSeries line = new XYSeries((diag ? "diagonal" : "off-diagonal") + " fit: slope " + Labels.number(slope, 3)
                    + ", r = " + Labels.number(fit.<Double>getAs("r"), 3));
            line.add(span.getLowerBound(), intercept + slope * span.getLowerBound());
            line.add(span.getUpperBound(), intercept + slope * span.getUpperBound());
            fitted.setSeriesPaint(lines.getSeriesCount(), diag ? DIAGONAL.darker() : Palette.BLUE.darker());
            fitted.setSeriesStroke(lines.getSeriesCount(), ChartStyle.DASHED);
            lines.addSeries(line);
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, fitted);
        return ChartStyle.apply(new JFreeChart("Entries of W_in · W_out vs M_s, " + model.describe(), ChartStyle.TITLE, plot, true));
    }
}
