package org.ccsweep.model.task.cc.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.ResidualProblem;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.junit.jupiter.api.Test;

/** W_E from the embedding kind's stream, the init, and the exact equivalence with the simplified model. */
class ResidualModelTest {
    private static final int N = 20;
    private static final int D = 6;
    private static final int E = 50;

    private final ResidualModel model = ResidualModel.init(N, D, E, new Rng(41), new Rng(42));

    @Test
    void mixingIsTheEmbeddingKindsMFromTheSameStream() {
        float[] embedding = MixingMatrix.build(MixingKind.EMBEDDING, N, E, null, new Rng(41));
        float[] mixing = model.mixing();
        for (int i = 0; i < N * N; i++) {
            assertThat(mixing[i]).as("M[%d]", i).isEqualTo(embedding[i]);
        }
        float[] wE = model.wE();
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double overlap = 0.0;
                for (int k = 0; k < E; k++) {
                    overlap += (double) wE[i * E + k] * wE[j * E + k];
                }
                // W_E rounded to float: overlaps of unit vectors to ~1e-7; allow 1e-6.
                assertThat(overlap).as("(W_E W_Eᵀ)[%d][%d]", i, j)
                        .isCloseTo((i == j ? 1.0 : 0.0) - mixing[i * N + j], within(1e-6));
            }
        }
    }

    @Test
    void initIsKaimingUniformWithFanInCols() {
        assertThat(model.wIn()).hasSize(E * D);
        assertThat(model.wOut()).hasSize(D * E);
        assertBound(model.wIn(), 1.0 / Math.sqrt(D));
        assertBound(model.wOut(), 1.0 / Math.sqrt(E));
    }

    /**
     * On random inputs of every density, the literal residual forward pass and the effective simplified
     * model (A, B) on labels with M = I − W_E W_Eᵀ give the same ŷ − y. W_out is scaled up so that
     * the MLP term is as large as the embedding term.
     */
    @Test
    void residualEqualsEffectiveSimplifiedModelOnEveryInput() {
        float[] wOut = model.wOut();
        for (int i = 0; i < wOut.length; i++) {
            wOut[i] *= 5f;
        }
        float[] a = model.effectiveWIn();
        float[] b = model.effectiveWOut();
        float[] mixing = model.mixing();
        ResidualProblem literal = new ResidualProblem(N, D, E, model.wE(), InputMode.BERNOULLI);
        double[][] theta = ResidualProblem.parameters(model.wIn(), wOut);
        Rng rng = new Rng(43);
        double largest = 0.0;
        for (int sample = 0; sample < 200; sample++) {
            double p = (sample % 4 + 1) / 4.0;
            double[] x = new double[N];
            for (int i = 0; i < N; i++) {
                x[i] = rng.nextDouble() < p ? rng.uniform(-1.0, 1.0) : 0.0;
            }
            double[] expected = new double[N];
            double[] labels = new double[N];
            literal.forward(theta, x, expected);
            literal.labels(theta, x, labels);
            for (int j = 0; j < N; j++) {
                expected[j] -= labels[j];
            }
            double[] yHat = simplifiedOutput(a, b, x);
            for (int j = 0; j < N; j++) {
                double y = Math.max(x[j], 0.0);
                for (int l = 0; l < N; l++) {
                    y += mixing[j * N + l] * x[l];
                }
                largest = Math.max(largest, Math.abs(expected[j]));
                // Entries O(1) from float weights (relative rounding 6e-8) in sums of ≤ 50 terms: allow 1e-5.
                assertThat(yHat[j] - y).as("sample %d output %d", sample, j).isCloseTo(expected[j], within(1e-5));
            }
        }
        assertThat(largest).isGreaterThan(0.5);
    }

    private static double[] simplifiedOutput(float[] a, float[] b, double[] x) {
        double[] h = new double[D];
        for (int c = 0; c < D; c++) {
            for (int i = 0; i < N; i++) {
                h[c] += x[i] * a[i * D + c];
            }
            h[c] = Math.max(h[c], 0.0);
        }
        double[] yHat = new double[N];
        for (int j = 0; j < N; j++) {
            for (int c = 0; c < D; c++) {
                yHat[j] += h[c] * b[c * N + j];
            }
        }
        return yHat;
    }

    private static void assertBound(float[] w, double bound) {
        double max = 0.0;
        for (float v : w) {
            max = Math.max(max, Math.abs(v));
        }
        // 300 uniforms: the largest |v| is below 0.98 · bound with probability 0.98^300 ≈ 2e-3.
        assertThat(max).isLessThanOrEqualTo(bound).isGreaterThan(0.98 * bound);
    }
}
