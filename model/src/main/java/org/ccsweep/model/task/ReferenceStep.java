package org.ccsweep.model.task;

import java.util.Arrays;
import java.util.List;

/**
 * The plain reference of a training step, for any task: the mean of {@link DenseProblem#loss} over a
 * batch of dense inputs (empty ones included, as every task's batch counts them) and its gradient.
 */
public final class ReferenceStep {
    private ReferenceStep() {
    }

    /**
     * @param batch the inputs, dense
     * @param grads overwritten with the gradient of the mean loss, shaped as θ
     * @return the mean loss over the batch
     */
    public static double lossAndGradient(DenseProblem problem, double[][] theta, List<double[]> batch,
            double[][] grads) {
        for (double[] g : grads) {
            Arrays.fill(g, 0.0);
        }
        double total = 0.0;
        for (double[] x : batch) {
            total += problem.loss(theta, x, grads);
        }
        double b = batch.size();
        for (double[] g : grads) {
            for (int i = 0; i < g.length; i++) {
                g[i] /= b;
            }
        }
        return total / b;
    }

    /** The mean loss over a batch, without gradients. */
    public static double loss(DenseProblem problem, double[][] theta, List<double[]> batch) {
        double total = 0.0;
        for (double[] x : batch) {
            total += problem.loss(theta, x, null);
        }
        return total / batch.size();
    }
}
