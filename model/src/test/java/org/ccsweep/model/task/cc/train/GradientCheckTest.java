package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ccsweep.model.task.FloatArrays.toDouble;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceStep;
import org.ccsweep.model.task.cc.CcProblem;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.junit.jupiter.api.Test;

/** The sparse step's gradients against central finite differences of the loss in double precision. */
class GradientCheckTest {
    private static final int N = 6;
    private static final int D = 3;
    private static final int BATCH = 8;
    private static final double H = 1e-5;

    private final float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, N, 0, null, new Rng(31));
    private final SimplifiedModel model = SimplifiedModel.init(N, D, new Rng(32));
    private final float sigma = -0.3f;
    private double[][] xs;

    @Test
    void rowByRowGradientsMatchCentralDifferences() {
        SparseBatch batch = new BatchSampler(InputMode.BERNOULLI, 0.4, BATCH, N, new Rng(33)).next();
        assertThat(batch.nonZeros()).isGreaterThan(BATCH);
        check(batch);
    }

    /** 40 single-feature samples ≥ 2n = 12: they take the grouped path. */
    @Test
    void groupedSingleFeatureGradientsMatchCentralDifferences() {
        check(new BatchSampler(InputMode.EXACTLY_ONE, 0.0, 40, N, new Rng(34)).next());
    }

    private void check(SparseBatch batch) {
        xs = new double[batch.batch()][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = toDouble(batch.dense(i));
        }
        SparseLossGradient step = new SparseLossGradient(N, D, batch.batch(), mixing);
        float[] gradWIn = new float[N * D];
        float[] gradWOut = new float[D * N];
        double loss = step.compute(batch, model.wIn(), model.wOut(), sigma, gradWIn, gradWOut);

        double[] wIn = toDouble(model.wIn());
        double[] wOut = toDouble(model.wOut());
        double[] m = toDouble(mixing);
        assertThat(loss).isCloseTo(lossAt(wIn, wOut, m, sigma), within(1e-6 * loss));

        // Float32 gradients of O(0.1) against O(h²) = 1e-10 accurate differences: allow 1e-5.
        for (int i = 0; i < wIn.length; i++) {
            assertThat((double) gradWIn[i]).as("dL/dW_in[%d]", i).isCloseTo(difference(wIn, i, wIn, wOut, m), within(1e-5));
        }
        for (int i = 0; i < wOut.length; i++) {
            assertThat((double) gradWOut[i]).as("dL/dW_out[%d]", i)
                    .isCloseTo(difference(wOut, i, wIn, wOut, m), within(1e-5));
        }
        double up = lossAt(wIn, wOut, m, sigma + H);
        double down = lossAt(wIn, wOut, m, sigma - H);
        assertThat(step.gradSigma()).as("dL/ds").isCloseTo((up - down) / (2 * H), within(1e-5));
        assertThat(step.gradSigma()).isNotZero();
    }

    private double difference(double[] param, int i, double[] wIn, double[] wOut, double[] m) {
        double saved = param[i];
        param[i] = saved + H;
        double up = lossAt(wIn, wOut, m, sigma);
        param[i] = saved - H;
        double down = lossAt(wIn, wOut, m, sigma);
        param[i] = saved;
        return (up - down) / (2 * H);
    }

    /** The mean loss over xs by the generic reference step on the plain CC problem. */
    private double lossAt(double[] wIn, double[] wOut, double[] m, double s) {
        float[] mixingF = new float[m.length];
        for (int i = 0; i < m.length; i++) {
            mixingF[i] = (float) m[i];
        }
        return ReferenceStep.loss(new CcProblem(N, D, mixingF, InputMode.BERNOULLI), new double[][] {wIn, wOut, {s}},
                List.of(xs));
    }
}
