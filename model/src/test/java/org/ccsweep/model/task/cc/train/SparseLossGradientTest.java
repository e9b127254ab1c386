package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.train.AdamW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast sparse step against the generic reference step on the plain CC problem, on the same batch. */
class SparseLossGradientTest {

    /** Rows with one active feature are grouped from 2n = 200 of them on: the first and last cases. */
    @ParameterizedTest(name = "{0} p={1}, batch={2}, sigma={3}")
    @CsvSource({"BERNOULLI, 0.01, 2048, 0.02", "BERNOULLI, 0.05, 200, -0.3", "BERNOULLI, 0.5, 70, 0.1",
            "BERNOULLI, 1.0, 8, 0.5", "BERNOULLI, 0.001, 300, 0.02", "EXACTLY_ONE, 0, 512, 0.05"})
    void matchesTheReferenceStep(InputMode mode, double p, int batch, double sigma) {
        int n = 100;
        int d = 50;
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        SimplifiedModel model = SimplifiedModel.init(n, d, new Rng(2));
        SparseBatch x = new BatchSampler(mode, p, batch, n, new Rng(3)).next();

        SparseLossGradient fast = new SparseLossGradient(n, d, batch, mixing);
        float[] gradWIn = new float[n * d];
        float[] gradWOut = new float[d * n];
        double loss = fast.compute(x, model.wIn(), model.wOut(), (float) sigma, gradWIn, gradWOut);

        Reference ref = Reference.of(n, d, mixing, x, model.wIn(), model.wOut(), (float) sigma);

        // float32 sums of ≲ 2048 terms: relative error ~1e-6; allow 1e-4 of the largest entry.
        assertThat(loss).isCloseTo(ref.loss(), within(1e-5 * ref.loss()));
        assertClose(gradWIn, ref.gradWIn());
        assertClose(gradWOut, ref.gradWOut());
        assertThat(fast.gradSigma()).isCloseTo(ref.gradSigma(), within(1e-4 * Math.abs(ref.gradSigma()) + 1e-9));
    }

    /**
     * The Gram form's loss and gradients are differences of terms of the labels' size, which cancel
     * most on a trained model: here 2000 steps at the paper's p = 0.01, σ = 0.02. Measured (seeds 1-3,
     * 3000 steps): relative loss error ≤ 1.1e-7, gradient errors ≤ 3.8e-6 of the largest entry, ∂L/∂s
     * ≤ 5.1e-7 relative, so the tolerances of the test above still hold with a margin of 10 or more.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2"})
    void matchesTheReferenceStepAfterTraining(long seed) {
        int n = 100;
        int d = 50;
        int batch = 2048;
        float sigma = 0.02f;
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(seed));
        SimplifiedModel model = SimplifiedModel.init(n, d, new Rng(seed + 10));
        BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, 0.01, batch, n, new Rng(seed + 20));
        SparseLossGradient step = new SparseLossGradient(n, d, batch, mixing);
        float[] gradWIn = new float[n * d];
        float[] gradWOut = new float[d * n];
        AdamW wInOptimiser = new AdamW(n * d, 0.9, 0.999, 1e-8, 1e-2);
        AdamW wOutOptimiser = new AdamW(d * n, 0.9, 0.999, 1e-8, 1e-2);
        for (int t = 0; t < 2000; t++) {
            step.compute(sampler.next(), model.wIn(), model.wOut(), sigma, gradWIn, gradWOut);
            wInOptimiser.step(model.wIn(), gradWIn, 3e-3);
            wOutOptimiser.step(model.wOut(), gradWOut, 3e-3);
        }
        SparseBatch x = sampler.next();
        double loss = step.compute(x, model.wIn(), model.wOut(), sigma, gradWIn, gradWOut);
        Reference ref = Reference.of(n, d, mixing, x, model.wIn(), model.wOut(), sigma);

        assertThat(loss).isCloseTo(ref.loss(), within(1e-5 * ref.loss()));
        assertClose(gradWIn, ref.gradWIn());
        assertClose(gradWOut, ref.gradWOut());
        assertThat(step.gradSigma()).isCloseTo(ref.gradSigma(), within(1e-4 * Math.abs(ref.gradSigma()) + 1e-9));
    }

    /** Labels of size 1e30 square past float32's range: the loss is +∞ (divergence), as in float32 sums. */
    @Test
    void aLossPastFloatRangeIsInfinite() {
        int n = 100;
        int d = 50;
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        SimplifiedModel model = SimplifiedModel.init(n, d, new Rng(2));
        SparseBatch x = new BatchSampler(InputMode.BERNOULLI, 0.01, 512, n, new Rng(3)).next();
        SparseLossGradient step = new SparseLossGradient(n, d, 512, mixing);
        double loss = step.compute(x, model.wIn(), model.wOut(), 1e30f, new float[n * d], new float[d * n]);
        assertThat(loss).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static void assertClose(float[] actual, double[] expected) {
        double scale = 0.0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertThat(scale).isPositive();
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) actual[i]).as("entry %d", i).isCloseTo(expected[i], within(1e-4 * scale));
        }
    }
}
