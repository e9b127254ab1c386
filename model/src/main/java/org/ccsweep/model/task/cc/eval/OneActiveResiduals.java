package org.ccsweep.model.task.cc.eval;

import java.util.Arrays;

/**
 * The squared residual norms of single-feature inputs. For x = t·e_i, t ~ U[−1, 1], the forward pass
 * is linear in t on each side of 0: with a_i = ReLU(W_in[i, :]) · W_out, b_i = ReLU(−W_in[i, :]) · W_out
 * and m_i the i-th column of M_s, ŷ − y = t (a_i − e_i − m_i) for t &gt; 0 and |t| (b_i + m_i) for t &lt; 0.
 * So ‖ŷ − y‖² = t² · up_i for t &gt; 0 and t² · down_i for t &lt; 0, with
 * up_i = ‖a_i − e_i − m_i‖² and down_i = ‖b_i + m_i‖². Shapes: W_in n × d, W_out d × n, M_s n × n, row-major.
 *
 * @param up   up_i for each feature i
 * @param down down_i for each feature i
 */
record OneActiveResiduals(double[] up, double[] down) {

    static OneActiveResiduals of(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled) {
        double[] up = new double[n];
        double[] down = new double[n];
        double[] positive = new double[n];
        double[] negative = new double[n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(positive, 0.0);
            Arrays.fill(negative, 0.0);
            for (int c = 0; c < d; c++) {
                double w = wIn[i * d + c];
                double[] target = w > 0.0 ? positive : negative;
                double magnitude = Math.abs(w);
                for (int j = 0; j < n; j++) {
                    target[j] += magnitude * wOut[c * n + j];
                }
            }
            for (int j = 0; j < n; j++) {
                double m = mixingScaled[j * n + i];
                double upJ = positive[j] - (j == i ? 1.0 : 0.0) - m;
                double downJ = negative[j] + m;
                up[i] += upJ * upJ;
                down[i] += downJ * downJ;
            }
        }
        return new OneActiveResiduals(up, down);
    }

    /** E[loss | one active feature] = (1/n) · (1/n) Σ_i (1/6)(up_i + down_i), as E[t² 1{t &gt; 0}] = 1/6. */
    double meanLoss() {
        int n = up.length;
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            total += (up[i] + down[i]) / 6.0;
        }
        return total / ((double) n * n);
    }

    /** The loss of the single input t·e_i: t² · (up_i or down_i) / n. */
    double loss(int i, double t) {
        return t * t * (t > 0.0 ? up[i] : down[i]) / up.length;
    }
}
