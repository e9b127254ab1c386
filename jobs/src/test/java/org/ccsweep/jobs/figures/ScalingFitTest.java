package org.ccsweep.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.UandSyntheticResults;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scaling study read from hand-made bisection runs: per m', the seed median with misses above every
 * width, a point without a median left out of the fit, and the least-squares slope worked out by hand.
 * d_min at m' = 100, 400, 1600: {10, 11, 9}, {20, 22, 19}, {40, miss, 38} (medians 10, 20, 40: slope exactly
 * 1/2, intercept ln 10 − ln 100 / 2 = 0), and at 3200 {miss, miss, 70} (no median).
 */
class ScalingFitTest {
    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void write() {
        UandSyntheticResults.writeScaling(tmp, tmp.resolve("results"), new int[] {100, 400, 1600, 3200}, new Integer[][] {{10, 11, 9},
            {20, 22, 19}, {40, null, 38}, {null, null, 70}});
        spark = TestSpark.session();
        Views.register(spark, tmp.resolve("results").toUri());
    }

    @Test
    void mediansAndTheLine() {
        List<ScalingFit> fits = ScalingFit.read(spark);
        assertThat(fits).hasSize(1);
        ScalingFit fit = fits.get(0);
        assertThat(fit.points()).extracting(ScalingFit.Point::median).containsExactly(10.0, 20.0, 40.0, Double.NaN);
        assertThat(fit.points().get(2).dMin()).containsExactly(38, 40);
        assertThat(fit.points().get(3).seeds()).isEqualTo(3);
        assertThat(fit.fitted()).hasSize(3);
        assertThat(fit.slope()).isCloseTo(0.5, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(0.0, within(1e-12));
        assertThat(fit.slopeHalf()).isCloseTo(0.0, within(1e-9));
        assertThat(fit.features()).isEqualTo(100);
        assertThat(fit.target()).isEqualTo(0.3);
        double lnLn = Math.log(Math.log(1600) / Math.log(100));
        assertThat(fit.lowerBoundSlope()).isCloseTo(0.5 + 0.5 * lnLn / Math.log(16), within(1e-12));
        assertThat(fit.upperBoundSlope()).isCloseTo(0.5 + lnLn / Math.log(16), within(1e-12));
    }

    @Test
    void evenSeedCountsAverageTheMiddleTwo() {
        assertThat(ScalingFit.median(new int[] {4, 6}, 2)).isEqualTo(5.0);
        assertThat(ScalingFit.median(new int[] {4}, 2)).isNaN();
        assertThat(ScalingFit.median(new int[] {4, 6, 9}, 4)).isEqualTo(7.5);
    }

    @Test
    void theFigureDrawsTheMediansTheFitAndBothBounds() {
        JFreeChart chart = new UandScaling().chart(spark).orElseThrow();
        YIntervalSeriesCollection points = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(points.getItemCount(0)).isEqualTo(3);
        assertThat(points.getYValue(0, 2)).isEqualTo(40.0);
        assertThat(points.getStartYValue(0, 2)).isEqualTo(38.0);
        assertThat(points.getEndYValue(0, 2)).isEqualTo(40.0);
        XYDataset lines = chart.getXYPlot().getDataset(1);
        assertThat(lines.getSeriesCount()).isEqualTo(3);
        assertThat(lines.getYValue(0, 0)).isCloseTo(10.0, within(1e-9));
        int last = lines.getItemCount(0) - 1;
        assertThat(lines.getYValue(0, last)).isCloseTo(40.0, within(1e-9));
        int middle = last / 2;
        assertThat(lines.getXValue(1, middle)).isCloseTo(400.0, within(1e-9));
        assertThat(lines.getYValue(1, middle)).isCloseTo(20.0, within(1e-9));
        assertThat(lines.getYValue(2, middle)).isCloseTo(20.0, within(1e-9));
        assertThat(lines.getSeriesKey(0).toString()).isEqualTo("fit: slope 0.500 ± 0.000");
    }
}
