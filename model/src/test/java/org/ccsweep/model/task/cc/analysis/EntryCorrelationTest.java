package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntryCorrelationTest {
    // M_s = [[1, 2, −1], [0, 3, 1], [2, −2, 5]].
    private static final float[] MIXING = {1, 2, -1, 0, 3, 1, 2, -2, 5};

    @Test
    void handWorkedThreeFeatureCase() {
        // W_in = I, so P = W_out = [[2, 1, 4], [3, 3, −4], [−2, 1, 7]].
        float[] product = {2, 1, 4, 3, 3, -4, -2, 1, 7};
        EntryCorrelation c = EntryCorrelation.of(3, 3, TestMatrices.identityWeights(3), product, MIXING);
        // Diagonal: x = (1, 3, 5), y = (2, 3, 7): S_xy = 10, S_xx = 8, S_yy = 14, so slope 1.25,
        // intercept 4 − 1.25 · 3 = 0.25, r = 10 / sqrt(112) = 0.9449112.
        assertThat(c.diagonal().mixing()).containsExactly(1, 3, 5);
        assertThat(c.diagonal().slope()).isCloseTo(1.25, within(1e-12));
        assertThat(c.diagonal().intercept()).isCloseTo(0.25, within(1e-12));
        assertThat(c.diagonal().correlation()).isCloseTo(0.9449112, within(1e-7));
        // Off-diagonal, P[l, j] against M_s[j, l] in the order (0,1), (0,2), (1,0), (1,2), (2,0), (2,1):
        // x = (0, 2, 2, −2, −1, 1), y = (1, 4, 3, −4, −2, 1). Σxy = 25, Σx² = 14: slope 25/14;
        // S_xy = 24, S_xx = 40/3, S_yy = 45.5: r = 24 / sqrt(606.67) = 0.9743975.
        assertThat(c.offDiagonal().mixing()).containsExactly(0, 2, 2, -2, -1, 1);
        assertThat(c.offDiagonal().product()).containsExactly(1, 4, 3, -4, -2, 1);
        assertThat(c.offDiagonal().slope()).isCloseTo(25.0 / 14.0, within(1e-12));
        assertThat(c.offDiagonal().intercept()).isZero();
        assertThat(c.offDiagonal().correlation()).isCloseTo(0.9743975, within(1e-7));
    }

    @Test
    void productThatIsTheLabelsMapScaledIsAPerfectFit() {
        // P = 0.5 I + 2 M_sᵀ (the labels' row-convention map, rescaled): diagonal slope 2, intercept 0.5,
        // off-diagonal slope 2, and r = 1 for both. Pairing P[l, j] with M_s[l, j] instead would break the
        // off-diagonal fit, since M_s is asymmetric.
        float[] product = new float[9];
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < 3; j++) {
                product[l * 3 + j] = 2 * MIXING[j * 3 + l] + (l == j ? 0.5f : 0f);
            }
        }
        EntryCorrelation c = EntryCorrelation.of(3, 3, TestMatrices.identityWeights(3), product, MIXING);
        assertThat(c.diagonal().slope()).isCloseTo(2.0, within(1e-12));
        assertThat(c.diagonal().intercept()).isCloseTo(0.5, within(1e-12));
        assertThat(c.diagonal().correlation()).isCloseTo(1.0, within(1e-12));
        assertThat(c.offDiagonal().slope()).isCloseTo(2.0, within(1e-12));
        assertThat(c.offDiagonal().correlation()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cleanMixingHasNoFit() {
        EntryCorrelation c = EntryCorrelation.of(3, 3, TestMatrices.identityWeights(3), TestMatrices.identityWeights(3), new float[9]);
        assertThat(c.offDiagonal().slope()).isNaN();
        assertThat(c.diagonal().correlation()).isNaN();
    }
}
