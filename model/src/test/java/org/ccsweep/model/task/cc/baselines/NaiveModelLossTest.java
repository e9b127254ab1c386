package org.ccsweep.model.task.cc.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The naive model evaluated, not assumed: with M = 0 its loss is additive over the features
 * (feature i ≥ d costs ReLU(x_i)² / n, the others nothing), so L/p = (n − d)/(6n) = 1/12 at every p;
 * with M_s ≠ 0 the evaluator agrees with {@link NaiveModel#lossPerFeature}'s closed form.
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

    @Test
    void closedFormWithMixingIsWorkedOutByHand() {
        // n = 2, d = 1, M_s = [[0.5, −1], [2, 0.25]]: 1/12 + (M_s[1, 1] + ‖M_s‖²_F) / 6 = 1/12 + (0.25 + 5.3125) / 6.
        float[] mixing = {0.5f, -1f, 2f, 0.25f};
        assertThat(NaiveModel.lossPerFeature(2, 1, mixing)).isCloseTo(1.0 / 12 + 5.5625 / 6, within(1e-15));
        assertThat(NaiveModel.lossPerFeature(N, D, new float[N * N])).isEqualTo(NaiveModel.analyticLossPerFeature(N, D));
    }

    @Test
    void closedFormWithMixingAgreesWithTheEvaluatorAtEveryP() {
        float[] mixing = gaussian(N * N, 0.03, 11L);
        NaiveModel m = NaiveModel.of(N, D);
        double closed = NaiveModel.lossPerFeature(N, D, mixing);
        // The mixing term is large here (‖M_s‖² / 3n ≈ 0.03): a dropped term would miss by far more than the tolerances.
        assertThat(closed - NaiveModel.analyticLossPerFeature(N, D)).isGreaterThan(0.02);
        // k = 1 is the evaluator's own exact sum over features: equal up to float rounding of the weights' products.
        assertThat(N * LossEvaluator.lossGivenOneActive(N, D, m.wIn(), m.wOut(), mixing)).isCloseTo(closed, within(1e-9));
        double[] grid = {1e-2, 0.1, 1.0};
        LossProfile profile = LossEvaluator.profileToPrecision(N, D, m.wIn(), m.wOut(), mixing, grid, 1e-3, 200, 2_000_000,
                new Rng(3L));
        for (int q = 0; q < grid.length; q++) {
            // Sampled strata (k ≥ 2) carry the cross terms M_s[j, l] M_s[j, l'] x_l x_l' of zero mean: within 4 reported SEs.
            assertThat(profile.lossPerFeature()[q]).as("p = %s", grid[q]).isCloseTo(closed, within(4 * profile.stderr()[q]));
        }
    }

    private static float[] gaussian(int size, double scale, long seed) {
        Rng rng = new Rng(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (scale * rng.nextGaussian());
        }
        return values;
    }
}
