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
 * The scaling claim on hand-made d_min: exactly √m' (slope 1/2 with no spread) lies below both bounds' slopes
 * over m' = 100 … 1600 (0.585 and 0.670), which the rule says no to; medians 10, 24, 56 (slope 0.619 by hand)
 * with one degree of freedom have an interval wide enough to meet them.
 */
class ScalingBetweenBoundsTest {
    @TempDir
    Path tmp;

    @Test
    void squareRootIsBelowTheBounds() {
        SparkSession spark = spark(new Integer[][] {{10, 10, 10}, {20, 20, 20}, {40, 40, 40}});
        Finding finding = new ScalingBetweenBounds().judge(spark).orElseThrow();
        assertThat(finding.agrees()).isFalse();
        assertThat(finding.ours()).contains("m' 100 to 1600 (3 points): slope 0.500 [0.500, 0.500]; bounds' slopes 0.585 and 0.670");
        assertThat(finding.note()).contains("the slope's interval [0.500, 0.500] is below the bounds' [0.585, 0.670] by 0.085");
    }

    @Test
    void aSlopeBetweenTheBoundsAgrees() {
        SparkSession spark = spark(new Integer[][] {{9, 10, 11}, {24, 23, 25}, {56, 60, 50}});
        Finding finding = new ScalingBetweenBounds().judge(spark).orElseThrow();
        double x1 = Math.log(100);
        double x2 = Math.log(400);
        double x3 = Math.log(1600);
        double mx = (x1 + x2 + x3) / 3;
        double[] y = {Math.log(10), Math.log(24), Math.log(56)};
        double my = (y[0] + y[1] + y[2]) / 3;
        double slope = ((x1 - mx) * (y[0] - my) + (x2 - mx) * (y[1] - my) + (x3 - mx) * (y[2] - my))
                / ((x1 - mx) * (x1 - mx) + (x2 - mx) * (x2 - mx) + (x3 - mx) * (x3 - mx));
        assertThat(finding.ours()).contains(String.format(java.util.Locale.ROOT, "slope %.3f [", slope));
        assertThat(finding.agrees()).isTrue();
        assertThat(finding.note()).isEmpty();
    }

    private SparkSession spark(Integer[][] dMin) {
        UandSyntheticResults.writeScaling(tmp, tmp.resolve("results"), new int[] {100, 400, 1600}, dMin);
        SparkSession spark = TestSpark.session();
        Views.register(spark, tmp.resolve("results").toUri());
        return spark;
    }
}
