package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The reported SE is honest: over independent replicates of the profile, the spread of L/p matches
 * the mean reported SE (the control variate must not hide variance, nor its fitted β bias the mean).
 */
class StandardErrorCalibrationTest {

    @Test
    void replicateSpreadMatchesTheReportedStandardError() {
        RandomModel m = RandomModel.of(20, 8, 0.3, 42L);
        double[] grid = {0.05, 0.5, 1.0};
        int replicates = 60;
        double[][] values = new double[grid.length][replicates];
        double[] meanReportedSe = new double[grid.length];
        Rng rng = new Rng(77L);
        for (int r = 0; r < replicates; r++) {
            LossProfile profile = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 200,
                    rng);
            for (int q = 0; q < grid.length; q++) {
                values[q][r] = profile.lossPerFeature()[q];
                meanReportedSe[q] += profile.stderr()[q] / replicates;
            }
        }
        for (int q = 0; q < grid.length; q++) {
            double mean = 0.0;
            for (double v : values[q]) {
                mean += v / replicates;
            }
            double sumSq = 0.0;
            for (double v : values[q]) {
                sumSq += (v - mean) * (v - mean);
            }
            double spread = Math.sqrt(sumSq / (replicates - 1));
            // A standard deviation from 60 replicates is uncertain by ≈ 1/sqrt(2 · 59) ≈ 9 %; [0.7, 1.4]
            // is about 3.5 of those either side.
            assertThat(spread / meanReportedSe[q]).as("p = %s", grid[q]).isBetween(0.7, 1.4);
        }
    }
}
