package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

class ProfileToPrecisionTest {
    private static final RandomModel MODEL = RandomModel.of(100, 50, 0.05, 99L);

    private static double[] logGrid(int points) {
        double[] grid = new double[points];
        for (int q = 0; q < points; q++) {
            grid[q] = Math.pow(10.0, -3.0 + 3.0 * q / (points - 1));
        }
        grid[points - 1] = 1.0;
        return grid;
    }

    @Test
    void reachesTheTargetAtEveryPointAndAgreesWithTheUniformProfile() {
        RandomModel m = MODEL;
        double[] grid = logGrid(40);
        LossProfile precise = LossEvaluator.profileToPrecision(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(),
                grid, 0.005, 100, 2_000_000L, new Rng(4L));
        LossProfile uniform = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 500,
                new Rng(5L));
        for (int q = 0; q < grid.length; q++) {
            assertThat(precise.stderr()[q]).as("p = %s", grid[q])
                    .isLessThanOrEqualTo(0.005 * precise.lossPerFeature()[q]);
            double combined = Math.hypot(precise.stderr()[q], uniform.stderr()[q]);
            // 4 combined SE: a 40-point grid of correlated points has no false alarm at this level in practice.
            assertThat(Math.abs(precise.lossPerFeature()[q] - uniform.lossPerFeature()[q])).as("p = %s", grid[q])
                    .isLessThanOrEqualTo(4 * combined);
        }
    }

    @Test
    void aBudgetSpentByThePilotGivesExactlyTheUniformProfileOfThePilotSize() {
        RandomModel m = MODEL;
        double[] grid = logGrid(10);
        LossProfile capped = LossEvaluator.profileToPrecision(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(),
                grid, 1e-6, 50, 0L, new Rng(6L));
        LossProfile uniform = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 50,
                new Rng(6L));
        assertThat(capped.loss()).containsExactly(uniform.loss());
        assertThat(capped.stderr()).containsExactly(uniform.stderr());
    }
}
