package org.ccsweep.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.UandSyntheticResults;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The genericity figures from hand-made errors: three seeds per configuration with seed std 0.01, so each
 * bar's whisker is t(0.975, 2) · 0.01 / √3; configuration (op, layer) has errors 0.1 + 0.1 · op + 0.02 · layer
 * (label 0) and twice that (label 1) for seed 0, and fraction 0.5 + 0.1 k of each class within the k-th ε.
 */
class UandGenericityFiguresTest {
    private static final double HALF_WIDTH = 4.302652729911275 * 0.01 / Math.sqrt(3);

    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void write() {
        double[][][] rms = new double[2][3][];
        for (int op = 0; op < 2; op++) {
            for (int layer = 0; layer < 3; layer++) {
                double e = 0.1 + 0.1 * op + 0.02 * layer;
                rms[op][layer] = new double[] {e, 2 * e};
            }
        }
        UandSyntheticResults.writeGenericity(tmp, tmp.resolve("results"), rms);
        spark = TestSpark.session();
        Views.register(spark, tmp.resolve("results").toUri());
    }

    @Test
    void errorsAreBarsPerOperationAndFirstLayer() {
        JFreeChart chart = new UandErrors().chart(spark).orElseThrow();
        StatisticalCategoryDataset data = (StatisticalCategoryDataset) chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).containsExactly("AND, trained", "AND, gaussian", "AND, construction",
                "XOR, trained", "XOR, gaussian", "XOR, construction");
        assertThat(data.getRowKeys()).containsExactly("label 0 (interference)", "label 1");
        // XOR, gaussian: seed 0 at 0.22 (label 0), 0.44 (label 1); seeds add 0.01 and 0.02 on average.
        assertThat(data.getMeanValue(0, 4).doubleValue()).isCloseTo(0.23, within(1e-12));
        assertThat(data.getMeanValue(1, 4).doubleValue()).isCloseTo(0.45, within(1e-12));
        assertThat(data.getStdDevValue(1, 4).doubleValue()).isCloseTo(HALF_WIDTH, within(1e-9));
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo(
                "operation, first layer (m = 12, d = 16, p = 0.1)");
    }

    @Test
    void accuracyIsTheFrozenGaussianLayersFractionsAgainstTheFactor() {
        JFreeChart chart = new UandAccuracy().chart(spark).orElseThrow();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(data.getSeriesKey(0)).isEqualTo("AND, label 0");
        assertThat(data.getSeriesKey(3)).isEqualTo("XOR, label 1");
        double[] factors = {0.1, 0.2, 0.5, 1};
        for (int k = 0; k < 4; k++) {
            assertThat(data.getXValue(0, k)).isEqualTo(factors[k]);
            assertThat(data.getYValue(3, k)).isCloseTo(0.5 + 0.1 * k, within(1e-12));
        }
    }
}
