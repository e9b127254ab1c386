package org.ccsweep.model.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

/**
 * Checks a {@link DenseProblem}'s gradient against central finite differences of its own loss, entry
 * by entry, for any task: the reference's gradient must be right before fast paths are compared with it.
 */
public final class FiniteDifferences {
    private static final double H = 1e-5;

    private FiniteDifferences() {
    }

    /**
     * Asserts that every entry of the reference step's gradient on {@code batch} equals the central
     * difference (L(θ + h e_i) − L(θ − h e_i)) / 2h within {@code tolerance}, and that the gradient is
     * not zero (so the comparison has teeth).
     */
    public static void check(DenseProblem problem, double[][] theta, List<double[]> batch, double tolerance) {
        double[][] grads = new double[theta.length][];
        for (int t = 0; t < theta.length; t++) {
            grads[t] = new double[theta[t].length];
        }
        ReferenceStep.lossAndGradient(problem, theta, batch, grads);
        double largest = 0.0;
        for (int t = 0; t < theta.length; t++) {
            for (int i = 0; i < theta[t].length; i++) {
                double saved = theta[t][i];
                theta[t][i] = saved + H;
                double up = ReferenceStep.loss(problem, theta, batch);
                theta[t][i] = saved - H;
                double down = ReferenceStep.loss(problem, theta, batch);
                theta[t][i] = saved;
                largest = Math.max(largest, Math.abs(grads[t][i]));
                assertThat(grads[t][i]).as("∂L/∂θ[%d][%d]", t, i).isCloseTo((up - down) / (2 * H), within(tolerance));
            }
        }
        assertThat(largest).isGreaterThan(100 * tolerance);
    }
}
