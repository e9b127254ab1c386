package org.ccsweep.model.task.cc.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.analysis.Matrices;
import org.ccsweep.model.task.cc.analysis.SymmetricEigen;
import org.junit.jupiter.api.Test;

class SvdModelTest {
    private static final int N = 100;
    private static final int D = 50;

    private static float[] asymmetricMixing(double sigma, long seed) {
        Rng rng = new Rng(seed);
        float[] m = new float[N * N];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) (sigma * rng.nextGaussian());
        }
        return m;
    }

    @Test
    void fullRankModelAppliesTheLabelsLinearMapToARowVector() {
        // With d = n nothing is truncated: for x ≥ 0, x · W_in · W_out must equal the label
        // y_j = x_j + Σ_l M_s[j, l] x_l, written out here without LinearTarget.
        float[] mixing = asymmetricMixing(0.3, 1L);
        SvdModel m = SvdModel.of(N, N, mixing);
        double[] product = Matrices.product(N, N, m.wIn(), m.wOut());
        Rng rng = new Rng(2L);
        double[] x = new double[N];
        for (int l = 0; l < N; l++) {
            x[l] = rng.nextDouble();
        }
        for (int j = 0; j < N; j++) {
            double label = x[j];
            double model = 0.0;
            for (int l = 0; l < N; l++) {
                label += mixing[j * N + l] * x[l];
                model += x[l] * product[l * N + j];
            }
            assertThat(model).as("output %d", j).isCloseTo(label, within(1e-4));
        }
    }

    @Test
    void productIsTheBestRankDApproximation() {
        // Eckart–Young: ‖T − W_in W_out‖² = Σ_{i ≥ d} σ_i², and σ_i² are the eigenvalues of Tᵀ T, computed
        // here by syev rather than gesvd. The tolerance covers the float storage of the weights: entries
        // of size ≲ 1 rounded to 2^−24 relative, summed over n² = 10⁴ terms of the squared error.
        float[] mixing = asymmetricMixing(0.05, 3L);
        SvdModel m = SvdModel.of(N, D, mixing);
        double[] t = LinearTarget.of(N, mixing);
        double error = Matrices.squaredDistance(t, Matrices.product(N, D, m.wIn(), m.wOut()));
        double[] tt = Matrices.multiply(Matrices.transpose(t, N, N), N, N, t, N);
        double[] eigenvalues = SymmetricEigen.of(tt, N).values();
        double tail = 0.0;
        for (int i = D; i < N; i++) {
            tail += eigenvalues[i];
        }
        assertThat(error).isCloseTo(tail, within(1e-4 * tail));
    }

    @Test
    void splitIsBalanced() {
        // W_inᵀ W_in = W_out W_outᵀ = S_d: orthonormal singular vectors scaled by sqrt(σ) on each side.
        SvdModel m = SvdModel.of(N, D, asymmetricMixing(0.05, 4L));
        double[] wIn = toDouble(m.wIn());
        double[] wOut = toDouble(m.wOut());
        double[] inGram = Matrices.multiply(Matrices.transpose(wIn, N, D), D, N, wIn, D);
        double[] outGram = Matrices.multiply(wOut, D, N, Matrices.transpose(wOut, D, N), D);
        assertThat(inGram).containsExactly(outGram, within(1e-5));
        for (int k = 0; k < D; k++) {
            for (int l = 0; l < D; l++) {
                if (k != l) {
                    assertThat(inGram[k * D + l]).isCloseTo(0.0, within(1e-5));
                }
            }
        }
    }

    @Test
    void cleanTargetWithFullWidthIsTheIdentityMap() {
        SvdModel m = SvdModel.of(3, 3, new float[9]);
        assertThat(Matrices.product(3, 3, m.wIn(), m.wOut()))
                .containsExactly(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, within(1e-6));
    }
}
