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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dense step against the generic reference step on the plain CC problem, on the same batch. */
class DenseLossGradientTest {

    /** Negative s checks the sign(s) of the σ gradient; p = 0.02 leaves empty samples out of X. */
    @ParameterizedTest(name = "p={0}, batch={1}, sigma={2}")
    @CsvSource({"0.3, 2048, 0.02", "1.0, 2048, -0.3", "1.0, 64, 0.5", "0.02, 300, 0.1"})
    void matchesTheReferenceStep(double p, int batch, double sigma) {
        int n = 100;
        int d = 50;
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        SimplifiedModel model = SimplifiedModel.init(n, d, new Rng(2));
        SparseBatch x = new BatchSampler(InputMode.BERNOULLI, p, batch, n, new Rng(3)).next();

        DenseLossGradient dense = new DenseLossGradient(n, d, batch, mixing);
        float[] gradWIn = new float[n * d];
        float[] gradWOut = new float[d * n];
        double loss = dense.compute(x, model.wIn(), model.wOut(), (float) sigma, gradWIn, gradWOut);

        Reference ref = Reference.of(n, d, mixing, x, model.wIn(), model.wOut(), (float) sigma);

        assertThat(loss).isCloseTo(ref.loss(), within(1e-5 * ref.loss()));
        assertClose(gradWIn, ref.gradWIn());
        assertClose(gradWOut, ref.gradWOut());
        assertThat(dense.gradSigma()).isCloseTo(ref.gradSigma(), within(1e-4 * Math.abs(ref.gradSigma()) + 1e-9));
        assertThat(dense.gradSigma()).isNotZero();
    }

    /** Float32 sums of ≲ 2048 · 100 terms: allow 1e-4 of the largest entry. */
    static void assertClose(float[] actual, double[] expected) {
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
