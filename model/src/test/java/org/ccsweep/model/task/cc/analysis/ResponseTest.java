package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResponseTest {
    // n = 2, d = 1: W_in = [[1], [−2]], W_out = [[3, 5]].
    private static final float[] W_IN = {1f, -2f};
    private static final float[] W_OUT = {3f, 5f};

    @Test
    void handWorkedTwoFeatureCase() {
        // Feature 0: ŷ_0 = ReLU(t) · 3. Feature 1: ŷ_1 = ReLU(−2t) · 5 = 10 · ReLU(−t).
        Response r = Response.of(2, 1, W_IN, W_OUT, new double[] {-1, -0.5, 0, 0.5, 1});
        assertThat(r.output()[0]).containsExactly(new double[] {0, 0, 0, 1.5, 3}, within(1e-12));
        assertThat(r.output()[1]).containsExactly(new double[] {10, 5, 0, 0, 0}, within(1e-12));
    }

    @Test
    void agreesWithTheFullForwardPass() {
        int n = 12;
        int d = 5;
        float[] wIn = SlowForward.uniform(n * d, 1 / Math.sqrt(d), 1L);
        float[] wOut = SlowForward.uniform(d * n, 1 / Math.sqrt(n), 2L);
        double[] t = Response.grid(9);
        Response r = Response.of(n, d, wIn, wOut, t);
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < t.length; q++) {
                double[] x = new double[n];
                x[i] = t[q];
                assertThat(r.output()[i][q]).isCloseTo(SlowForward.output(n, d, wIn, wOut, x)[i], within(1e-12));
            }
        }
    }

    @Test
    void labelsAreReluPlusTheDiagonalOfTheMixing() {
        // M_s = [[0.1, 9], [9, −0.2]]: y_0 = ReLU(t) + 0.1 t and y_1 = ReLU(t) − 0.2 t; off-diagonals don't enter.
        double[][] labels = Response.labels(2, new float[] {0.1f, 9f, 9f, -0.2f}, new double[] {-1, 1});
        assertThat(labels[0]).containsExactly(new double[] {-0.1, 1.1}, within(1e-7));
        assertThat(labels[1]).containsExactly(new double[] {0.2, 0.8}, within(1e-7));
    }

    @Test
    void gridRunsFromMinusOneToOne() {
        assertThat(Response.grid(5)).containsExactly(-1, -0.5, 0, 0.5, 1);
    }
}
