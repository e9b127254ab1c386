package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The neuron-scaling study on log-log axes ({@link ScalingFit}, the first setting of the results): per m',
 * the seed median of d_min with a bar over the seeds that reached the target, the fitted line, and the two
 * bounds of Adler and Shavit, √(m' ln m') and √m' ln m', each scaled to meet the line at the geometric middle
 * of the m' range, so that the slopes compare (the bounds' constants are unknown).
 */
final class UandScaling implements Figure {
    @Override
    public Section section() {
        return UandSections.SCALING;
    }

    @Override
    public String name() {
        return "uand-scaling";
    }

    @Override
    public String caption() {
        return "Neuron scaling (Adler and Shavit): the least width d_min reaching the error target for m' random AND "
                + "pairs, inputs and outputs in superposition at that width; dots are seed medians, bars span the seeds; "
                + "the solid line is the least-squares fit of ln d_min on ln m' (slope ± 95 % interval in the legend); "
                + "dashed √(m' ln m') (lower bound) and dotted √m' ln m' (construction), scaled to meet the fit mid-range.";
    }

    @Override
    public String needs() {
        return "uand bisection runs over 3 or more m' (conf/beyond/uand-scaling.conf)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<ScalingFit> fits = ScalingFit.read(spark);
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        ScalingFit fit = fits.get(0);
        YIntervalSeries medians = new YIntervalSeries("d_min, seed median (bars: the seeds' range)", false, true);
        for (ScalingFit.Point pt : fit.fitted()) {
            medians.add(pt.pairs(), pt.median(), pt.dMin()[0], pt.dMin()[pt.dMin().length - 1]);
        }
        XYErrorRenderer points = new XYErrorRenderer();
        points.setDrawXError(false);
        points.setSeriesLinesVisible(0, false);
        points.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        points.setSeriesPaint(0, Palette.VIOLET);
        points.setErrorPaint(Palette.VIOLET);
        points.setCapLength(7);

        double lo = fit.minPairs();
        double hi = fit.maxPairs();
        double mid = Math.sqrt(lo * hi);
        double atMid = Math.exp(fit.intercept()) * Math.pow(mid, fit.slope());
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(line(String.format(Locale.ROOT, "fit: slope %.3f ± %.3f", fit.slope(), fit.slopeHalf()), lo, hi,
                m -> Math.exp(fit.intercept()) * Math.pow(m, fit.slope())));
        lines.addSeries(line(String.format(Locale.ROOT, "√(m' ln m'), lower bound: slope %.3f", fit.lowerBoundSlope()), lo, hi,
                m -> atMid * Math.sqrt(m * Math.log(m)) / Math.sqrt(mid * Math.log(mid))));
        lines.addSeries(line(String.format(Locale.ROOT, "√m' ln m', construction: slope %.3f", fit.upperBoundSlope()), lo, hi,
                m -> atMid * Math.sqrt(m) * Math.log(m) / (Math.sqrt(mid) * Math.log(mid))));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Palette.VIOLET);
        lineRenderer.setSeriesStroke(0, ChartStyle.LINE);
        lineRenderer.setSeriesPaint(1, Color.BLACK);
        lineRenderer.setSeriesStroke(1, ChartStyle.DASHED);
        lineRenderer.setSeriesPaint(2, Palette.GREY);
        lineRenderer.setSeriesStroke(2, ChartStyle.DOTTED);

        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), log("m', pairs computed (log scale)"),
                log("d_min, neurons (log scale)"), points);
        ((YIntervalSeriesCollection) plot.getDataset()).addSeries(medians);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        String title = "Least width reaching the error target vs m' (" + fit.label() + ")";
        return Optional.of(ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true)));
    }

    private static XYSeries line(String label, double lo, double hi, DoubleUnaryOperator f) {
        XYSeries series = new XYSeries(label);
        for (int i = 0; i <= 40; i++) {
            double m = lo * Math.pow(hi / lo, i / 40.0);
            series.add(m, f.applyAsDouble(m));
        }
        return series;
    }

    /** A log axis with a tick at every power of 2, labelled as an integer. */
    private static LogAxis log(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1);
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        axis.setTickUnit(new NumberTickUnit(Math.log10(2)));
        return axis;
    }
}
