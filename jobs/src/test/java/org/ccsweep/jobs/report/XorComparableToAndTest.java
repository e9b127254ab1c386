package org.ccsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.UandSyntheticResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The genericity claim on hand-made errors (three seeds, seed std 0.01, so each mean's half-width is
 * t(0.975, 2) · 0.01 / √3 = 0.0248): frozen-Gaussian AND at 0.21 / 0.19 (label 0 / 1) and XOR at 0.27 / 0.29
 * give ratios 1.29 [1.04, 1.59] and 1.53 [1.23, 1.91], inside [1/2, 2]; an XOR positive error of 0.61 gives
 * 3.21 [2.72, 3.84], outside in the mean.
 */
class XorComparableToAndTest {
    @TempDir
    Path tmp;

    @Test
    void comparableErrorsAgree() {
        Finding finding = judge(0.28);
        assertThat(finding.agrees()).isTrue();
        assertThat(finding.ours()).startsWith("m = 12, d = 16, p = 0.1: label 0: AND 0.210 ± 0.0248 (n = 3), XOR 0.270 ± "
                + "0.0248 (n = 3), XOR / AND 1.29 [1.04, 1.59]; label 1: AND 0.190 ± 0.0248 (n = 3), XOR 0.290 ± 0.0248 "
                + "(n = 3), XOR / AND 1.53 [1.23, 1.91]");
    }

    @Test
    void aThreeTimesLargerErrorDoesNot() {
        Finding finding = judge(0.60);
        assertThat(finding.agrees()).isFalse();
        assertThat(finding.note()).contains("label 1: XOR / AND reaches [2.72, 3.84]", "outside [1/2, 2] in the means: ours differs");
    }

    private Finding judge(double xorPositive) {
        double[][][] rms = new double[2][3][];
        for (int layer = 0; layer < 3; layer++) {
            rms[0][layer] = new double[] {0.20, 0.18};
            rms[1][layer] = new double[] {0.26, xorPositive};
        }
        UandSyntheticResults.writeGenericity(tmp, tmp.resolve("results"), rms);
        SparkSession spark = TestSpark.session();
        Views.register(spark, tmp.resolve("results").toUri());
        return new XorComparableToAnd().judge(spark).orElseThrow();
    }
}
