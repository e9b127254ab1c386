package org.ccsweep.jobs.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Seed means with 95 % error bars at a few x values (the rank study: 4 or 5 ranks, where a shaded band
 * would suggest values between them), one series per {@link Band}, joined by a line or drawn as
 * markers alone, and horizontal reference lines with legend entries.
 */
final class ErrorBarChart {
    private record Series(Band band, Stroke line) {
    }

    private record Reference(double y, String label, Color color, Stroke stroke) {
    }

    private final String title;
    private final ValueAxis xAxis;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    ErrorBarChart(String title, ValueAxis xAxis, String yLabel) {
        this.title = title;
        this.xAxis = xAxis;
        this.yLabel = yLabel;
    }

    /**
     * Round markers joined by {@code line}, or open squares alone when {@code line} is null (open, so that a
     * joined series' marker at the same x stays visible inside).
     */
    ErrorBarChart series(Band band, Stroke line) {
        series.add(new Series(band, line));
        return this;
    }

    /** A horizontal line at {@code y} across the x range of the series. */
    ErrorBarChart reference(double y, String label, Color color, Stroke stroke) {
        references.add(new Reference(y, label, color, stroke));
        return this;
    }

    JFreeChart build() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(7);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            Band band = one.band();
            YIntervalSeries points = new YIntervalSeries(band.label(), false, true);
            for (int i = 0; i < band.x().length; i++) {
                points.add(band.x()[i], band.mean()[i], band.low()[i], band.high()[i]);
                min = Math.min(min, band.x()[i]);
                max = Math.max(max, band.x()[i]);
            }
            data.addSeries(points);
            renderer.setSeriesPaint(s, band.color());
            renderer.setSeriesLinesVisible(s, one.line() != null);
            if (one.line() != null) {
                renderer.setSeriesStroke(s, one.line());
            }
            renderer.setSeriesShape(s, one.line() == null ? new Rectangle2D.Double(-7, -7, 14, 14) : new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesShapesFilled(s, one.line() != null);
        }
        XYPlot plot = new XYPlot(data, xAxis, ChartStyle.linear(yLabel, false), renderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (int r = 0; r < references.size(); r++) {
            Reference reference = references.get(r);
            XYSeries line = new XYSeries(reference.label());
            line.add(min, reference.y());
            line.add(max, reference.y());
            XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
            lineRenderer.setSeriesPaint(0, reference.color());
            lineRenderer.setSeriesStroke(0, reference.stroke());
            plot.setDataset(r + 1, new XYSeriesCollection(line));
            plot.setRenderer(r + 1, lineRenderer);
        }
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true));
    }
}
