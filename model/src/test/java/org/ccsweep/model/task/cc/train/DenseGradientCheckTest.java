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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dense step's gradients against central finite differences of the loss in double precision. */
class DenseGradientCheckTest {
    private static final int N = 6;
    private static final int D = 3;
    private static final int BATCH = 8;
    private static final double H = 1e-5;

    private final float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, N, 0, null, new Rng(41));
    private final SimplifiedModel model = SimplifiedModel.init(N, D, new Rng(42));
    private double[][] xs;
    private double[] m;
    private float sigma;

    /** p = 0.3 leaves some of the 8 samples empty; negative s checks sign(s). */
    @ParameterizedTest(name = "p={0}")
    @ValueSource(doubles = {0.3, 1.0})
    void gradientsMatchCentralDifferences(double p) {
        sigma = p < 1 ? -0.3f : 0.4f;
        SparseBatch batch = new BatchSampler(InputMode.BERNOULLI, p, BATCH, N, new Rng(43)).next();
        xs = new double[BATCH][];
        for (int i = 0; i < BATCH; i++) {
            xs[i] = toDouble(batch.dense(i));
        }
        DenseLossGradient step = new DenseLossGradient(N, D, BATCH, mixing);
        float[] gradWIn = new float[N * D];
        float[] gradWOut = new float[D * N];
        double loss = step.compute(batch, model.wIn(), model.wOut(), sigma, gradWIn, gradWOut);

        double[] wIn = toDouble(model.wIn());
        double[] wOut = toDouble(model.wOut());
        m = toDouble(mixing);
        assertThat(loss).isCloseTo(lossAt(wIn, wOut, m, sigma), within(1e-6 * loss));

        // Float32 gradients of O(0.1) against O(h²) = 1e-10 accurate differences: allow 1e-5.
        double largest = 0.0;
        for (int i = 0; i < wIn.length; i++) {
            largest = Math.max(largest, Math.abs(gradWIn[i]));
            assertThat((double) gradWIn[i]).as("dL/dW_in[%d]", i).isCloseTo(difference(wIn, i, wIn, wOut), within(1e-5));
        }
        for (int i = 0; i < wOut.length; i++) {
            assertThat((double) gradWOut[i]).as("dL/dW_out[%d]", i).isCloseTo(difference(wOut, i, wIn, wOut),
                    within(1e-5));
        }
        assertThat(largest).isGreaterThan(1e-3);
        double up = lossAt(wIn, wOut, m, sigma + H);
        double down = lossAt(wIn, wOut, m, sigma - H);
        assertThat(step.gradSigma()).as("dL/ds").isNotZero().isCloseTo((up - down) / (2 * H), within(1e-5));
    }

    private double difference(double[] param, int i, double[] wIn, double[] wOut) {
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
