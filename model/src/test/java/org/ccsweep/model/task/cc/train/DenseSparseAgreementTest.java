package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dense and the sparse step on the same batch, alone and as the residual model's inner step. */
class DenseSparseAgreementTest {
    private static final int N = 100;
    private static final int D = 50;

    /** p = 0.005 with B = 2048 has ≥ 2n single-feature samples: the sparse step groups them. */
    @ParameterizedTest(name = "p={0}, sigma={1}")
    @CsvSource({"0.005, 0.02", "0.1, -0.02", "0.5, 0.3", "1.0, 0.02"})
    void simplifiedStepsAgree(double p, float sigma) {
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, N, 0, null, new Rng(11));
        SimplifiedModel model = SimplifiedModel.init(N, D, new Rng(12));
        SparseBatch x = new BatchSampler(InputMode.BERNOULLI, p, 2048, N, new Rng(13)).next();
        assertAgree(new SparseLossGradient(N, D, 2048, mixing), new DenseLossGradient(N, D, 2048, mixing), x,
                model.wIn(), model.wOut(), sigma);
    }

    @ParameterizedTest(name = "p={0}")
    @CsvSource({"0.01", "0.5"})
    void residualStepsAgree(double p) {
        ResidualModel model = ResidualModel.init(N, D, 200, new Rng(21), new Rng(22));
        SparseBatch x = new BatchSampler(InputMode.BERNOULLI, p, 512, N, new Rng(23)).next();
        BatchLoss sparse = new ResidualLossGradient(model, 512);
        BatchLoss dense = new ResidualLossGradient(model, new DenseLossGradient(N, D, 512, model.mixing()));
        assertAgree(sparse, dense, x, model.wIn(), model.wOut(), 1f);
    }

    private static void assertAgree(BatchLoss sparse, BatchLoss dense, SparseBatch x, float[] wIn, float[] wOut,
            float sigma) {
        float[] sparseIn = new float[wIn.length];
        float[] sparseOut = new float[wOut.length];
        float[] denseIn = new float[wIn.length];
        float[] denseOut = new float[wOut.length];
        double sparseLoss = sparse.compute(x, wIn, wOut, sigma, sparseIn, sparseOut);
        double denseLoss = dense.compute(x, wIn, wOut, sigma, denseIn, denseOut);

        assertThat(denseLoss).isPositive().isCloseTo(sparseLoss, within(1e-5 * sparseLoss));
        DenseLossGradientTest.assertClose(denseIn, toDouble(sparseIn));
        DenseLossGradientTest.assertClose(denseOut, toDouble(sparseOut));
        assertThat(dense.gradSigma()).isNotZero()
                .isCloseTo(sparse.gradSigma(), within(1e-4 * Math.abs(sparse.gradSigma())));
    }
}
