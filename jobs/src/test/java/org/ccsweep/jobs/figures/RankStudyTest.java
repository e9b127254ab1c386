package org.ccsweep.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.ccsweep.jobs.testing.TestSpark;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank study's three charts from the hand-made rank sweep of {@link SyntheticResults#writeRankStudy}:
 * three seeds per rank, so a mean of values v, v + 0.001, v + 0.002 has half-width t(0.975, 2) · 0.001 / √3.
 */
class RankStudyTest {
    private static final double HALF_WIDTH = 4.302652729911275 * 0.001 / Math.sqrt(3);

    @TempDir
    static Path results;
    static SparkSession spark;

    @BeforeAll
    static void write() {
        SyntheticResults.write(results);
        SyntheticResults.writeRankStudy(results);
        spark = TestSpark.session();
        Views.register(spark, results.toUri());
    }

    @Test
    void lossIsTheSingleFeatureLossPerRankAgainstOneTwelfth() {
        JFreeChart chart = new RankStudy(RankStudy.Panel.LOSS).chart(spark).orElseThrow();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(data.getSeriesKey(0)).isEqualTo("low-rank M");
        assertThat(data.getSeriesKey(1)).isEqualTo("full-rank asymmetric M");
        double[] ranks = {1, 2, 4};
        double[] means = {0.061, 0.066, 0.071};
        for (int i = 0; i < 3; i++) {
            assertThat(data.getXValue(0, i)).isEqualTo(ranks[i]);
            assertThat(data.getYValue(0, i)).isCloseTo(means[i], within(1e-12));
            assertThat(data.getEndYValue(0, i) - data.getYValue(0, i)).isCloseTo(HALF_WIDTH, within(1e-9));
        }
        assertThat(data.getXValue(1, 0)).isEqualTo(4.0);
        assertThat(data.getYValue(1, 0)).isCloseTo(0.073, within(1e-12));
        XYDataset naive = chart.getXYPlot().getDataset(1);
        assertThat(naive.getYValue(0, 0)).isEqualTo(1.0 / 12);
        assertThat(naive.getXValue(0, 0)).isEqualTo(1.0);
        assertThat(naive.getXValue(0, 1)).isEqualTo(4.0);
    }

    @Test
    void gainIsRelativeToTheNaiveModelForEachRunsOwnMs() {
        JFreeChart chart = new RankStudy(RankStudy.Panel.GAIN).chart(spark).orElseThrow();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(data.getSeriesKey(0)).isEqualTo("low-rank M: single-feature inputs");
        assertThat(data.getSeriesKey(3)).isEqualTo("full-rank asymmetric M: Bernoulli inputs at p_train");
        // Rank 1, seed s: single-feature 0.060 + 0.001 s against naive 0.100 + 0.002 s; at p_train 0.090 + 0.001 s.
        double single = (1 - 0.060 / 0.100 + 1 - 0.061 / 0.102 + 1 - 0.062 / 0.104) / 3;
        double atPTrain = (1 - 0.090 / 0.100 + 1 - 0.091 / 0.102 + 1 - 0.092 / 0.104) / 3;
        assertThat(data.getYValue(0, 0)).isCloseTo(single, within(1e-12));
        assertThat(data.getYValue(2, 0)).isCloseTo(atPTrain, within(1e-12));
        // Full rank: 1 − (0.072 + 0.001 s) / (0.088 + 0.002 s).
        double full = (1 - 0.072 / 0.088 + 1 - 0.073 / 0.090 + 1 - 0.074 / 0.092) / 3;
        assertThat(data.getYValue(1, 0)).isCloseTo(full, within(1e-12));
        assertThat(chart.getXYPlot().getDataset(1).getYValue(0, 0)).isZero();
    }

    @Test
    void sigmaIsTheLearntScale() {
        JFreeChart chart = new RankStudy(RankStudy.Panel.SIGMA).chart(spark).orElseThrow();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(data.getYValue(0, 0)).isCloseTo(0.021, within(1e-12));
        assertThat(data.getYValue(0, 2)).isCloseTo(0.011, within(1e-12));
        assertThat(data.getYValue(1, 0)).isCloseTo(0.031, within(1e-12));
    }
}
