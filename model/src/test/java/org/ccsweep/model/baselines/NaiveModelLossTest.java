package org.ccsweep.model.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.LossEvaluator;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The naive model evaluated, not assumed: with M = 0 its loss is additive over the features
 * (feature i ≥ d costs ReLU(x_i)² / n, the others nothing), so L/p = (n − d)/(6n) = 1/12 at every p.
 */
class NaiveModelLossTest {
    private static final int N = 100;
    private static final int D = 50;

    @Test
    void oneActiveTermIsExactlyTheNaiveLossPerFeatureOverN() {
        NaiveModel m = NaiveModel.of(N, D);
        double e1 = LossEvaluator.lossGivenOneActive(N, D, m.wIn(), m.wOut(), new float[N * N]);
        assertThat(e1 * N).isCloseTo(1.0 / 12.0, within(1e-15));
    }

    @Test
    void evaluatedLossPerFeatureIsOneTwelfthAtEveryP() {
        NaiveModel m = NaiveModel.of(N, D);
        double[] grid = {1e-3, 1e-2, 0.1, 0.5, 1.0};
        LossProfile profile = LossEvaluator.profile(N, D, m.wIn(), m.wOut(), new float[N * N], grid, 2_000,
                new Rng(5L));
        for (int q = 0; q < grid.length; q++) {
            // Every sampled loss equals the evaluator's additive control variate here, so the estimate is
            // exact up to rounding (measured: |error| ≤ 3e-14, reported SE ≤ 6e-12); a wrong forward pass
            // or weight would break the equality and miss by far more than 1e-10.
            assertThat(profile.stderr()[q]).isLessThan(1e-10);
            assertThat(profile.lossPerFeature()[q]).as("p = %s", grid[q])
                    .isCloseTo(NaiveModel.analyticLossPerFeature(N, D), within(1e-10));
        }
    }
}
