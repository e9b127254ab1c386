package org.ccsweep.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.data.BatchSampler;
import org.ccsweep.model.data.InputMode;
import org.ccsweep.model.data.MixingKind;
import org.ccsweep.model.data.MixingMatrix;
import org.ccsweep.model.data.SparseBatch;
import org.ccsweep.model.net.SimplifiedModel;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast sparse step against the dense double-precision reference on the same batch. */
class SparseLossGradientTest {

    /** Rows with one active feature are grouped from 2n = 200 of them on: the first and last cases. */
    @ParameterizedTest(name = "{0} p={1}, batch={2}, sigma={3}")
    @CsvSource({"BERNOULLI, 0.01, 2048, 0.02", "BERNOULLI, 0.05, 200, -0.3", "BERNOULLI, 0.5, 70, 0.1",
            "BERNOULLI, 1.0, 8, 0.5", "BERNOULLI, 0.001, 300, 0.02", "EXACTLY_ONE, 0, 512, 0.05"})
    void matchesDenseReference(InputMode mode, double p, int batch, double sigma) {
        int n = 100;
        int d = 50;
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        SimplifiedModel model = SimplifiedModel.init(n, d, new Rng(2));
        SparseBatch x = new BatchSampler(mode, p, batch, n, new Rng(3)).next();

        SparseLossGradient fast = new SparseLossGradient(n, d, batch, mixing);
        float[] gradWIn = new float[n * d];
        float[] gradWOut = new float[d * n];
        double loss = fast.compute(x, model.wIn(), model.wOut(), (float) sigma, gradWIn, gradWOut);

        DenseReference ref = new DenseReference(n, d, mixing);
        ref.compute(x, model.wIn(), model.wOut(), (float) sigma);

        // float32 sums of ≲ 2048 terms: relative error ~1e-6; allow 1e-4 of the largest entry.
        assertThat(loss).isCloseTo(ref.loss, within(1e-5 * ref.loss));
        assertClose(gradWIn, ref.gradWIn);
        assertClose(gradWOut, ref.gradWOut);
        assertThat(fast.gradSigma()).isCloseTo(ref.gradSigma, within(1e-4 * Math.abs(ref.gradSigma) + 1e-9));
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
