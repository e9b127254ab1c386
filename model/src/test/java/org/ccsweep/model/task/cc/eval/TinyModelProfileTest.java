package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * n = 2, d = 1, W_in = (1, 1)ᵀ, W_out = (1, 1), M = 0: ŷ = (h, h) with h = ReLU(x_1 + x_2).
 * k = 1 (x = t e_1): loss = ReLU(t)² / 2, so E_1 = 1/12.
 * k = 2: by symmetry E_2 = E[(ReLU(a + b) − ReLU(a))²] for a, b iid U[−1, 1]; over the square the
 * integrand is b² (a &gt; 0, a + b &gt; 0: 5/12), a² (a &gt; 0, a + b &lt; 0: 1/12), (a + b)² (a &lt; 0,
 * a + b &gt; 0: 1/12) and 0 otherwise, so E_2 = (7/12) / 4 = 7/48.
 * Hence L(p) = 2p(1 − p)/12 + 7p²/48 and L/p = (1 − p)/6 + 7p/48.
 */
class TinyModelProfileTest {
    private static final float[] W_IN = {1f, 1f};
    private static final float[] W_OUT = {1f, 1f};
    private static final float[] M = new float[4];

    @Test
    void exactOneActiveTermIsOneTwelfth() {
        assertThat(LossEvaluator.lossGivenOneActive(2, 1, W_IN, W_OUT, M)).isCloseTo(1.0 / 12.0, within(1e-15));
    }

    @Test
    void profileMatchesTheHandWorkedLoss() {
        double[] grid = {0.01, 0.5, 1.0};
        LossProfile profile = LossEvaluator.profile(2, 1, W_IN, W_OUT, M, grid, 200_000, new Rng(11L));
        for (int q = 0; q < grid.length; q++) {
            double p = grid[q];
            double expected = (1 - p) / 6.0 + 7.0 * p / 48.0;
            // With the control variate the E_2 spread gives SE(L/p) ≈ 1e-4 · p at 2e5 samples (measured);
            // 4 SE is the tolerance.
            assertThat(profile.stderr()[q]).isLessThan(3e-4);
            assertThat(profile.lossPerFeature()[q]).isCloseTo(expected, within(4 * profile.stderr()[q] + 1e-15));
        }
    }
}
