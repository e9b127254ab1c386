package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static float[] gaussian(int n, double sigma, boolean symmetric, long seed) {
        Rng rng = new Rng(seed);
        float[] m = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = symmetric ? r : 0; c < n; c++) {
                m[r * n + c] = (float) (sigma * rng.nextGaussian());
                if (symmetric) {
                    m[c * n + r] = m[r * n + c];
                }
            }
        }
        return m;
    }

    /** W_in = I (d = n) and W_out = I + M_sᵀ: a model whose linear part is the labels' map exactly. */
    private static float[] labelsMap(int n, float[] mixing) {
        float[] wOut = new float[n * n];
        for (int l = 0; l < n; l++) {
            for (int j = 0; j < n; j++) {
                wOut[l * n + j] = mixing[j * n + l] + (l == j ? 1f : 0f);
            }
        }
        return wOut;
    }

    @Test
    void handWorkedTwoFeatureCase() {
        // M_s = [[0, 0.5], [0.5, 0]]: λ = (0.5, −0.5), E_1 = (1, 1)/√2, E_2 = (1, −1)/√2.
        // W_in = [[1], [0]], W_out = [[0, 2]] so v · W_in · W_out = (0, 2 v_0).
        // E_1 ↦ (0, √2): cos = (1/√2 · √2)/√2 = 1/√2; E_2 ↦ (0, √2): cos = −1/√2.
        // Projections: E_i · W_in[:, 0] = E_i[0] = 1/√2 both; E_i · W_out[0, :] = 2 E_i[1] = ±√2.
        float[] mixing = {0f, 0.5f, 0.5f, 0f};
        Alignment a = Alignment.of(2, 1, new float[] {1f, 0f}, new float[] {0f, 2f}, mixing);
        double h = Math.sqrt(0.5);
        assertThat(a.eigenvalues()).containsExactly(new double[] {0.5, -0.5}, within(1e-7));
        assertThat(a.cosEigen()).containsExactly(new double[] {h, -h}, within(1e-7));
        assertThat(a.eigenOnIn()[0][0]).isCloseTo(h, within(1e-7));
        assertThat(a.eigenOnIn()[1][0]).isCloseTo(h, within(1e-7));
        assertThat(a.eigenOnOut()[0][0]).isCloseTo(Math.sqrt(2), within(1e-7));
        assertThat(a.eigenOnOut()[1][0]).isCloseTo(-Math.sqrt(2), within(1e-7));
    }

    @Test
    void modelOfTheLabelsMapIsPerfectlyAligned() {
        // V_i · (I + M_s)ᵀ = σ_i U_i for any M_s; for symmetric M_s also E_i · (I + M_s) = (1 + λ_i) E_i, and
        // 1 + λ_i > 0 at σ = 0.05 (|λ| ≤ ~2σ√n = 0.6), so every cosine is 1 up to float weights.
        int n = 30;
        float[] asymmetric = gaussian(n, 0.05, false, 1L);
        Alignment a = Alignment.of(n, n, TestMatrices.identityWeights(n), labelsMap(n, asymmetric), asymmetric);
        assertThat(a.cosSingular()).hasSize(n);
        for (double c : a.cosSingular()) {
            assertThat(c).isCloseTo(1.0, within(1e-6));
        }
        float[] symmetric = gaussian(n, 0.05, true, 2L);
        a = Alignment.of(n, n, TestMatrices.identityWeights(n), labelsMap(n, symmetric), symmetric);
        assertThat(a.cosEigen()).hasSize(n);
        for (double c : a.cosEigen()) {
            assertThat(c).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void projectionsOnOrthonormalBasesKeepEachNeuronsNorm() {
        int n = 20;
        int d = 7;
        float[] wIn = SlowForward.uniform(n * d, 1 / Math.sqrt(d), 3L);
        float[] wOut = SlowForward.uniform(d * n, 1 / Math.sqrt(n), 4L);
        Alignment a = Alignment.of(n, d, wIn, wOut, gaussian(n, 0.1, false, 5L));
        for (int k = 0; k < d; k++) {
            double in = 0.0;
            double out = 0.0;
            for (int i = 0; i < n; i++) {
                in += (double) wIn[i * d + k] * wIn[i * d + k];
                out += (double) wOut[k * n + i] * wOut[k * n + i];
            }
            assertThat(sumOfSquares(a.eigenOnIn(), k)).isCloseTo(in, within(1e-9));
            assertThat(sumOfSquares(a.leftOnIn(), k)).isCloseTo(in, within(1e-9));
            assertThat(sumOfSquares(a.rightOnOut(), k)).isCloseTo(out, within(1e-9));
        }
    }

    private static double sumOfSquares(double[][] projections, int k) {
        double sum = 0.0;
        for (double[] row : projections) {
            sum += row[k] * row[k];
        }
        return sum;
    }
}
