package org.ccsweep.model.task.tms;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.DenseProblem;

/**
 * The TMS task (Elhage et al. 2022, the notebook's ReLU output model) as plainly as it is defined, in double
 * precision:
 * <pre>
 *   x_i = U[0, 1) with probability p_i = p · q^i, else 0        (i = 0..n−1, independently)
 *   h   = W x                                                   (W ∈ R^{m × n}, h ∈ R^m)
 *   ŷ   = ReLU(Wᵀ h + b)                                        (b ∈ R^n)
 *   loss = (1/n) Σ_i I_i (x_i − ŷ_i)²                           (labels y = x)
 * </pre>
 * The loss averages over the features as the notebook's {@code error.mean} over batch and features does (the paper
 * writes the sum; the factor 1/n only rescales it). θ = [W as n × m row-major (row i = W_i, the paper's column i),
 * b (n)]. The ReLU's derivative at 0 is 0, as PyTorch's. This is the one place the task is written for reading; the
 * fast path ({@link TmsSampler}, {@link TmsStep}) and the evaluator ({@link TmsEvaluator}) are tested against it.
 */
public final class TmsProblem implements DenseProblem {
    private final int n;
    private final int m;
    private final double[] importance;
    private final double densityDecay;

    /**
     * @param importance   I_i, n entries
     * @param densityDecay q of p_i = p · q^i
     */
    public TmsProblem(int n, int m, double[] importance, double densityDecay) {
        if (importance.length != n) {
            throw new IllegalArgumentException("importance must have n = " + n + " entries, got " + importance.length);
        }
        this.n = n;
        this.m = m;
        this.importance = importance.clone();
        this.densityDecay = densityDecay;
    }

    /** θ for the given float weights: W (n × m row-major) and b. */
    public static double[][] parameters(float[] w, float[] b) {
        return new double[][] {toDouble(w), toDouble(b)};
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
        return new int[] {n * m, n};
    }

    /** Per feature: active when a uniform draw is below p_i, then its value is a second draw. */
    @Override
    public void sample(double p, Rng rng, double[] x) {
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() < p * Math.pow(densityDecay, i) ? rng.nextDouble() : 0.0;
        }
    }

    @Override
    public void labels(double[][] theta, double[] x, double[] y) {
        System.arraycopy(x, 0, y, 0, n);
    }

    @Override
    public void forward(double[][] theta, double[] x, double[] out) {
        double[] z = preActivations(theta, hidden(theta[0], x));
        for (int j = 0; j < n; j++) {
            out[j] = Math.max(z[j], 0.0);
        }
    }

    @Override
    public double loss(double[][] theta, double[] x, double[][] grads) {
        double[] w = theta[0];
        double[] h = hidden(w, x);
        double[] z = preActivations(theta, h);
        double total = 0.0;
        double[] dz = new double[n];
        for (int j = 0; j < n; j++) {
            double r = Math.max(z[j], 0.0) - x[j];
            total += importance[j] * r * r;
            dz[j] = z[j] > 0.0 ? 2.0 * importance[j] * r / n : 0.0;
        }
        if (grads != null) {
            double[] dh = new double[m];
            for (int j = 0; j < n; j++) {
                grads[1][j] += dz[j];
                for (int k = 0; k < m; k++) {
                    grads[0][j * m + k] += dz[j] * h[k];
                    dh[k] += w[j * m + k] * dz[j];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < m; k++) {
                    grads[0][i * m + k] += x[i] * dh[k];
                }
            }
        }
        return total / n;
    }

    /** h_k = Σ_i W[i, k] x_i. */
    private double[] hidden(double[] w, double[] x) {
        double[] h = new double[m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                h[k] += w[i * m + k] * x[i];
            }
        }
        return h;
    }

    /** z_j = Σ_k W[j, k] h_k + b_j. */
    private double[] preActivations(double[][] theta, double[] h) {
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            z[j] = theta[1][j];
            for (int k = 0; k < m; k++) {
                z[j] += theta[0][j * m + k] * h[k];
            }
        }
        return z;
    }

}
