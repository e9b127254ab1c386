package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Lines of seed means with shaded 95 % bands, the naive reference line dashed (across the plot, or through each point's own),
 * optional markers on top (each with a legend entry) and an optional labelled vertical line.
 */
final class BandChart {
    private final String title;
    private final ValueAxis xAxis;
    private final String yLabel;
    private final List<Band> bands = new ArrayList<>();
    private final List<Points> points = new ArrayList<>();
    private NaiveLine naive;
    private final List<Dashed> dashed = new ArrayList<>();

    /** A dashed line of its own colour and legend entry. */
    private record Dashed(String label, Color color, NaiveLine line) {
    }
    private Double marker;
    private String markerLabel;

    BandChart(String title, ValueAxis xAxis, String yLabel) {
        this.title = title;
        this.xAxis = xAxis;
        this.yLabel = yLabel;
    }

    BandChart band(Band band) {
        bands.add(band);
        return this;
    }

    BandChart points(Points marks) {
        points.add(marks);
        return this;
    }

    /**
     * The naive reference line, dashed: across the x range of the bands when flat, else through each
     * point's own value.
     */
    BandChart naive(NaiveLine line) {
        naive = line;
        return this;
    }

    /** The naive line of the rows drawn, when they have one ({@link NaiveLine#of}). */
    BandChart naive(List<Row> rows) {
        NaiveLine.of(rows).ifPresent(this::naive);
        return this;
    }

    /** A naive line of one band, dashed in the band's colour (when the bands' lines differ). */
    BandChart dashed(String label, Color color, NaiveLine line) {
        dashed.add(new Dashed(label, color, line));
        return this;
    }

    /** A vertical line at {@code x}, labelled on the plot. */
    BandChart marker(double x, String label) {
        marker = x;
        markerLabel = label;
        return this;
    }

    JFreeChart build() {
        NumberAxis yAxis = ChartStyle.linear(yLabel, false);
        XYPlot plot = new XYPlot(bandDataset(), xAxis, yAxis, bandRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        int index = 1;
        if (naive != null) {
            plot.setDataset(index, lineDataset(naive.label(), naive));
            plot.setRenderer(index++, lineRenderer(Color.BLACK, ChartStyle.DASHED, false));
        }
        for (Dashed line : dashed) {
            plot.setDataset(index, lineDataset(line.label(), line.line()));
            plot.setRenderer(index++, lineRenderer(line.color(), ChartStyle.DASHED, false));
        }
        for (Points marks : points) {
            XYSeries series = new XYSeries(marks.label(), false);
            for (int i = 0; i < marks.x().length; i++) {
                series.add(marks.x()[i], marks.y()[i]);
            }
            plot.setDataset(index, new XYSeriesCollection(series));
            plot.setRenderer(index++, lineRenderer(marks.color(), marks.joined() ? ChartStyle.DOTTED : null, true));
        }
        if (marker != null) {
            ValueMarker line = new ValueMarker(marker, Color.GRAY, ChartStyle.DASHED);
            line.setLabel(markerLabel);
            line.setLabelFont(ChartStyle.LEGEND);
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(line);
        }
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true));
    }

    private YIntervalSeriesCollection bandDataset() {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (Band band : bands) {
            YIntervalSeries series = new YIntervalSeries(band.label(), false, true);
            for (int i = 0; i < band.x().length; i++) {
                series.add(band.x()[i], band.mean()[i], band.low()[i], band.high()[i]);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    private DeviationRenderer bandRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.22f);
        for (int i = 0; i < bands.size(); i++) {
            renderer.setSeriesPaint(i, bands.get(i).color());
            renderer.setSeriesFillPaint(i, bands.get(i).color());
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        return renderer;
    }

    private XYSeriesCollection lineDataset(String label, NaiveLine line) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Band band : bands) {
            for (double x : band.x()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        XYSeries series = new XYSeries(label);
        if (line.flat()) {
            series.add(min, line.y()[0]);
            series.add(max, line.y()[0]);
        } else {
            for (int i = 0; i < line.x().length; i++) {
                series.add(line.x()[i], line.y()[i]);
            }
        }
        return new XYSeriesCollection(series);
    }

    private static XYLineAndShapeRenderer lineRenderer(Color color, java.awt.Stroke stroke, boolean dots) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(stroke != null, dots);
        renderer.setSeriesPaint(0, color);
        if (stroke != null) {
            renderer.setSeriesStroke(0, stroke);
        }
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        return renderer;
    }
}
