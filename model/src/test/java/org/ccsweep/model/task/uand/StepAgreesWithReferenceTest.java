package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceStep;
import org.junit.jupiter.api.Test;

/**
 * The float step (batched products, sparse labels, the Gram form for outputs in superposition, E_in W_1 formed
 * once) gives the dense double reference's loss and gradient on the same batch. Tolerances: float32 keeps
 * ~7 digits and the sums run over at most a few hundred terms, so 1e-5 of the largest entry (and of the loss)
 * bounds the rounding with room; the frozen layer's gradients are exactly 0.
 */
class StepAgreesWithReferenceTest {

    @Test
    void directInputsAndOutputs() {
        agree(Structure.draw(12, 0, 0, 0, new Rng(1)), 16, Operation.AND, true, 0.15);
    }

    @Test
    void superposedInputsAndOutputsXor() {
        agree(Structure.draw(20, 60, 10, 24, new Rng(2)), 24, Operation.XOR, true, 0.1);
    }

    @Test
    void frozenFirstLayerHasNoFirstLayerGradient() {
        agree(Structure.draw(16, 40, 0, 20, new Rng(3)), 12, Operation.AND, false, 0.2);
    }

    private static void agree(Structure s, int d, Operation op, boolean trainFirst, double p) {
        LossWeights weights = LossWeights.balanced(op.positiveRate(p));
        Net net = Net.init(FirstLayer.TRAINED, s, d, 0.0, new Rng(7));
        BooleanBatch batch = new BooleanBatch(s.features(), 64);
        batch.draw(64, p, new Rng(8));
        float[] gW1 = new float[net.w1.length];
        float[] gB1 = new float[net.b1.length];
        float[] gW2 = new float[net.w2.length];
        double loss = new Step(s, op, weights, trainFirst, net, 64).lossAndGradient(batch, gW1, gB1, gW2);

        UandProblem problem = new UandProblem(s, d, op, weights);
        double[][] theta = UandProblem.parameters(net);
        double[][] grads = {new double[gW1.length], new double[gB1.length], new double[gW2.length]};
        List<double[]> dense = Batches.dense(batch, s.features());
        double reference = ReferenceStep.lossAndGradient(problem, theta, dense, grads);

        assertThat(loss).isCloseTo(reference, within(1e-5 * reference));
        close(gW2, grads[2]);
        if (trainFirst) {
            close(gW1, grads[0]);
            close(gB1, grads[1]);
        } else {
            assertThat(gW1).containsOnly(0.0f);
            assertThat(gB1).containsOnly(0.0f);
        }
    }

    private static void close(float[] actual, double[] expected) {
        double largest = 0.0;
        for (double v : expected) {
            largest = Math.max(largest, Math.abs(v));
        }
        assertThat(largest).isPositive();
        for (int i = 0; i < actual.length; i++) {
            assertThat((double) actual[i]).as("entry %d", i).isCloseTo(expected[i], within(1e-5 * largest));
        }
    }
}
