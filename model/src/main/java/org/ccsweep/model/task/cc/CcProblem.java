package org.ccsweep.model.task.cc;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.cc.data.InputMode;

/**
 * The CC task with the paper's simplified model, as plainly as science.md states it (sections 1-4), in
 * double precision:
 * <pre>
 *   x: each of n features active with probability p (or exactly one active), value U[−1, 1]
 *   y = ReLU(x) + |s| · x · Mᵀ                 (labels; M n × n, the unscaled mixing matrix)
 *   ŷ = ReLU(x · W_in) · W_out                 (W_in n × d, W_out d × n, no biases)
 *   loss = (1/n) Σ_o (ŷ_o − y_o)²
 * </pre>
 * θ = [W_in (n × d), W_out (d × n), s (1)], row-major; the gradient includes ∂/∂s, which a run with a
 * fixed s does not use. This is the one place the label rule is written for reading; the fast paths
 * (the sparse and dense steps, the stratified evaluator) are tested against it.
 */
public final class CcProblem implements DenseProblem {
    private final int n;
    private final int d;
    private final double[] m;
    private final InputMode inputMode;

    /**
     * @param mixing the unscaled M, n × n row-major
     */
    public CcProblem(int nFeatures, int dMlp, float[] mixing, InputMode inputMode) {
        if (mixing.length != nFeatures * nFeatures) {
            throw new IllegalArgumentException("M must be n × n = " + nFeatures * nFeatures + " entries, got "
                    + mixing.length);
        }
        this.n = nFeatures;
        this.d = dMlp;
        this.m = toDouble(mixing);
        this.inputMode = inputMode;
    }

    /** θ for the given weights and scale, in double. */
    public static double[][] parameters(float[] wIn, float[] wOut, double s) {
        return new double[][] {toDouble(wIn), toDouble(wOut), {s}};
    }

    @Override
    public int inputs() {
        return n;
    }

    @Override
    public int outputs() {
        return n;
    }

    @Override
    public int[] parameterSizes() {
        return new int[] {n * d, d * n, 1};
    }

    @Override
    public void sample(double p, Rng rng, double[] x) {
        CcInputs.sample(inputMode, p, rng, x);
    }

    @Override
    public void labels(double[][] theta, double[] x, double[] y) {
        double s = Math.abs(theta[2][0]);
        for (int o = 0; o < n; o++) {
            y[o] = Math.max(x[o], 0.0) + s * mixed(x, o);
        }
    }

    @Override
    public void forward(double[][] theta, double[] x, double[] out) {
        double[] h = hidden(theta[0], x);
        for (int o = 0; o < n; o++) {
            out[o] = 0.0;
            for (int c = 0; c < d; c++) {
                out[o] += h[c] * theta[1][c * n + o];
            }
        }
    }

    @Override
    public double loss(double[][] theta, double[] x, double[][] grads) {
        double[] wIn = theta[0];
        double[] wOut = theta[1];
        double s = theta[2][0];
        double[] h = hidden(wIn, x);
        double[] yHat = new double[n];
        forward(theta, x, yHat);
        double[] y = new double[n];
        labels(theta, x, y);
        double total = 0.0;
        double[] dYHat = new double[n];
        for (int o = 0; o < n; o++) {
            double r = yHat[o] - y[o];
            total += r * r;
            dYHat[o] = 2.0 * r / n;
        }
        if (grads != null) {
            for (int o = 0; o < n; o++) {
                grads[2][0] -= Math.signum(s) * dYHat[o] * mixed(x, o);
            }
            for (int c = 0; c < d; c++) {
                double dh = 0.0;
                for (int o = 0; o < n; o++) {
                    grads[1][c * n + o] += h[c] * dYHat[o];
                    dh += dYHat[o] * wOut[c * n + o];
                }
                double dz = h[c] > 0.0 ? dh : 0.0;
                for (int j = 0; j < n; j++) {
                    grads[0][j * d + c] += x[j] * dz;
                }
            }
        }
        return total / n;
    }

    /** (x · Mᵀ)_o = Σ_j M[o, j] x_j. */
    private double mixed(double[] x, int o) {
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += m[o * n + j] * x[j];
        }
        return sum;
    }

    private double[] hidden(double[] wIn, double[] x) {
        double[] h = new double[d];
        for (int c = 0; c < d; c++) {
            for (int j = 0; j < n; j++) {
                h[c] += x[j] * wIn[j * d + c];
            }
            h[c] = Math.max(h[c], 0.0);
        }
        return h;
    }

}
