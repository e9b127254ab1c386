package org.ccsweep.model.task.uand;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.FiniteDifferences;
import org.junit.jupiter.api.Test;

/**
 * The dense reference's gradient is right (central finite differences in double, O(h²) ≈ 1e-10 accurate, so
 * 1e-7 is a loose bound) for direct and for superposed inputs and outputs, AND and XOR, plain and balanced;
 * inputs at p = 0.4 so that ReLUs switch within the batch, and a first layer with small biases so that
 * neurons sit on both sides of 0.
 */
class UandGradientTest {

    @Test
    void directInputsAndOutputsAnd() {
        Structure s = Structure.draw(5, 0, 0, 0, new Rng(1));
        check(s, 4, Operation.AND, LossWeights.balanced(Operation.AND.positiveRate(0.4)), 2);
    }

    @Test
    void superposedInputsAndOutputsXor() {
        Structure s = Structure.draw(6, 9, 4, 5, new Rng(3));
        check(s, 5, Operation.XOR, LossWeights.balanced(Operation.XOR.positiveRate(0.4)), 4);
    }

    @Test
    void superposedOutputsPlainLoss() {
        Structure s = Structure.draw(5, 8, 0, 3, new Rng(5));
        check(s, 4, Operation.AND, LossWeights.PLAIN, 6);
    }

    private static void check(Structure s, int d, Operation op, LossWeights weights, long seed) {
        UandProblem problem = new UandProblem(s, d, op, weights);
        Net net = Net.init(FirstLayer.TRAINED, s, d, 0.0, new Rng(seed));
        Rng rng = new Rng(seed + 100);
        List<double[]> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double[] x = new double[problem.inputs()];
            problem.sample(0.4, rng, x);
            batch.add(x);
        }
        FiniteDifferences.check(problem, UandProblem.parameters(net), batch, 1e-7);
    }
}
