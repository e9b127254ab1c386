package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ccsweep.model.task.FloatArrays.toDouble;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceStep;
import org.ccsweep.model.task.cc.ResidualProblem;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.junit.jupiter.api.Test;

/**
 * The residual step (effective simplified step plus chain rule) against central finite differences of
 * the literal residual forward pass in double precision.
 */
class ResidualGradientCheckTest {
    private static final int N = 5;
    private static final int E = 7;
    private static final int D = 3;
    private static final double H = 1e-5;

    private final ResidualModel model = ResidualModel.init(N, D, E, new Rng(51), new Rng(52));
    private final ResidualProblem problem = new ResidualProblem(N, D, E, model.wE(), InputMode.BERNOULLI);
    private double[][] xs;

    @Test
    void rowByRowGradientsMatchCentralDifferences() {
        SparseBatch batch = new BatchSampler(InputMode.BERNOULLI, 0.5, 8, N, new Rng(53)).next();
        assertThat(batch.nonZeros()).isGreaterThan(8);
        check(batch);
    }

    /** 40 single-feature samples ≥ 2n = 10: the effective step takes its grouped path. */
    @Test
    void groupedSingleFeatureGradientsMatchCentralDifferences() {
        check(new BatchSampler(InputMode.EXACTLY_ONE, 0.0, 40, N, new Rng(54)).next());
    }

    private void check(SparseBatch batch) {
        xs = new double[batch.batch()][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = toDouble(batch.dense(i));
        }
        ResidualLossGradient step = new ResidualLossGradient(model, batch.batch());
        float[] gradWIn = new float[E * D];
        float[] gradWOut = new float[D * E];
        double loss = step.compute(batch, model.wIn(), model.wOut(), 1f, gradWIn, gradWOut);

        double[] wIn = toDouble(model.wIn());
        double[] wOut = toDouble(model.wOut());
        double expected = lossAt(wIn, wOut);
        // Float32 effective weights and sums: relative error ~1e-6.
        assertThat(loss).isCloseTo(expected, within(1e-5 * expected));

        // Float32 gradients of O(0.1) against O(h²) = 1e-10 accurate differences: allow 1e-5.
        double largest = 0.0;
        for (int i = 0; i < wIn.length; i++) {
            largest = Math.max(largest, Math.abs(gradWIn[i]));
            assertThat((double) gradWIn[i]).as("dL/dW_in[%d]", i).isCloseTo(difference(wIn, i, wIn, wOut), within(1e-5));
        }
        for (int i = 0; i < wOut.length; i++) {
            largest = Math.max(largest, Math.abs(gradWOut[i]));
            assertThat((double) gradWOut[i]).as("dL/dW_out[%d]", i)
                    .isCloseTo(difference(wOut, i, wIn, wOut), within(1e-5));
        }
        assertThat(largest).isGreaterThan(1e-3);
    }

    private double difference(double[] param, int i, double[] wIn, double[] wOut) {
        double saved = param[i];
        param[i] = saved + H;
        double up = lossAt(wIn, wOut);
        param[i] = saved - H;
        double down = lossAt(wIn, wOut);
        param[i] = saved;
        return (up - down) / (2 * H);
    }

    /** The mean loss over xs by the generic reference step on the plain residual problem. */
    private double lossAt(double[] wIn, double[] wOut) {
        return ReferenceStep.loss(problem, new double[][] {wIn, wOut}, List.of(xs));
    }
}
