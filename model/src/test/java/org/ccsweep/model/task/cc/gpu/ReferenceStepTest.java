package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference step's loss and gradients (Gram form, grouped single-feature samples, label moments)
 * against the direct form in double, written out plainly over every sample: ŷ = ReLU(x W_in) W_out,
 * y = ReLU(x) + |s| x Mᵀ, L = Σ (ŷ − y)² / (B n). Batches with few and many active features and
 * exactly-one batches (groups only). The reference rounds to float; measured here: the loss and ∂L/∂s within
 * 1.6e-9 relative, every gradient entry within 4.1e-7 of the gradient's largest; the test allows ~10x.
 */
class ReferenceStepTest {
    private static final int N = 100;
    private static final int D = 50;
    private static final int B = 128;

    @ParameterizedTest
    @CsvSource({"BERNOULLI, 0.02", "BERNOULLI, 0.3", "EXACTLY_ONE, 1.0"})
    void lossAndGradientsAreTheDirectFormsInDouble(InputMode mode, double p) {
        SparseBatch batch = new BatchSampler(mode, p, B, N, new Rng(11)).next();
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, N, 1000, null, new Rng(5));
        SimplifiedModel model = SimplifiedModel.init(N, D, new Rng(3));
        float sigma = -0.3f;

        ReferenceLayout layout = ReferenceLayout.of(batch);
        ReferenceStep step = new ReferenceStep();
        double loss = step.compute(layout, model.wIn(), model.wOut(), sigma,
                mixing, ReferenceStep.labelMoments(layout, mixing, MixingGram.of(mixing, N)), B);

        Direct direct = new Direct(batch, model.wIn(), model.wOut(), mixing, sigma);
        assertThat(loss).isCloseTo(direct.loss, within(2e-8 * direct.loss));
        assertThat(maxDifference(step.gradWIn, direct.gradWIn)).isLessThanOrEqualTo(5e-6 * maxAbs(direct.gradWIn));
        assertThat(maxDifference(step.gradWOut, direct.gradWOut)).isLessThanOrEqualTo(5e-6 * maxAbs(direct.gradWOut));
        assertThat(step.gradSigma).isCloseTo(direct.gradSigma, within(2e-8 * Math.abs(direct.gradSigma)));
    }

    private static double maxDifference(float[] a, double[] b) {
        double max = 0.0;
        for (int i = 0; i < b.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double maxAbs(double[] a) {
        double max = 0.0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The direct form in double over every sample, empty ones included. */
    private static final class Direct {
        double loss;
        final double[] gradWIn = new double[N * D];
        final double[] gradWOut = new double[D * N];
        double gradSigma;

        Direct(SparseBatch batch, float[] wIn, float[] wOut, float[] mixing, float sigma) {
            double scale = 2.0 / ((double) B * N);
            double sAbs = Math.abs(sigma);
            for (int i = 0; i < B; i++) {
                float[] x = batch.dense(i);
                double[] z = new double[D];
                for (int a = 0; a < D; a++) {
                    for (int j = 0; j < N; j++) {
                        z[a] += x[j] * (double) wIn[j * D + a];
                    }
                }
                double[] h = new double[D];
                for (int a = 0; a < D; a++) {
                    h[a] = Math.max(z[a], 0.0);
                }
                double[] dOut = new double[N];
                double[] mx = new double[N];
                for (int o = 0; o < N; o++) {
                    double yHat = 0.0;
                    for (int a = 0; a < D; a++) {
                        yHat += h[a] * wOut[a * N + o];
                    }
                    for (int j = 0; j < N; j++) {
                        mx[o] += (double) mixing[o * N + j] * x[j];
                    }
                    double r = yHat - Math.max(x[o], 0.0) - sAbs * mx[o];
                    loss += r * r;
                    dOut[o] = scale * r;
                    gradSigma -= Math.signum(sigma) * dOut[o] * mx[o];
                }
                for (int a = 0; a < D; a++) {
                    double dh = 0.0;
                    for (int o = 0; o < N; o++) {
                        gradWOut[a * N + o] += h[a] * dOut[o];
                        dh += dOut[o] * wOut[a * N + o];
                    }
                    if (z[a] > 0.0) {
                        for (int j = 0; j < N; j++) {
                            gradWIn[j * D + a] += x[j] * dh;
                        }
                    }
                }
            }
            loss /= (double) B * N;
        }
    }
}
