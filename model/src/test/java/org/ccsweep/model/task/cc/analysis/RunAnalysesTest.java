package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The analyses of the identity model W_in = W_out = I (n = d = 2), worked out by hand. */
class RunAnalysesTest {
    private static final float[] IDENTITY = {1, 0, 0, 1};
    /** M = [[2, 0], [0, 0]]; with s = −0.5 the labels use M_s = 0.5 · M = [[1, 0], [0, 0]]. */
    private static final float[] MIXING = {2, 0, 0, 0};

    private final RunAnalyses a = RunAnalyses.of(2, 2, IDENTITY, IDENTITY, MIXING, -0.5);

    @Test
    void scalesMByTheAbsoluteSigma() {
        assertThat(a.sigmaAbs()).isEqualTo(0.5);
        // feature 0 at t = 1 (last grid point): label ReLU(1) + 1 · M_s[0, 0] = 2; at t = −1: 0 − 1 = −1
        assertThat(a.responseLabels()[0][RunAnalyses.RESPONSE_POINTS - 1]).isEqualTo(2.0);
        assertThat(a.responseLabels()[0][0]).isEqualTo(-1.0);
        assertThat(a.responseLabels()[1][0]).isEqualTo(0.0);
    }

    @Test
    void responseIsTheReluOnA41PointGrid() {
        assertThat(a.response().t()).hasSize(41).startsWith(-1.0).endsWith(1.0);
        assertThat(a.response().t()[30]).isCloseTo(0.5, within(1e-15));
        assertThat(a.response().output()[1][30]).isCloseTo(0.5, within(1e-15));
        assertThat(a.response().output()[1][10]).isEqualTo(0.0);
    }

    @Test
    void barsRanksAndFits() {
        assertThat(a.weightBars()).isDeepEqualTo(new double[][] {{1, 0}, {0, 1}});
        assertThat(a.effectiveRank()).isCloseTo(2.0, within(1e-12));
        // I + M_s = diag(2, 1): p = (2/3, 1/3), erank = exp(−(2/3) ln(2/3) − (1/3) ln(1/3))
        double h = -(2.0 / 3) * Math.log(2.0 / 3) - (1.0 / 3) * Math.log(1.0 / 3);
        assertThat(a.targetEffectiveRank()).isCloseTo(Math.exp(h), within(1e-12));
        assertThat(a.entries().diagonal().mixing()).containsExactly(1.0, 0.0);
        assertThat(a.interference().positive()).isDeepEqualTo(new double[][] {{1, 0}, {0, 1}});
        assertThat(a.alignment().singularValues()).containsExactly(new double[] {2, 1}, within(1e-12));
    }
}
