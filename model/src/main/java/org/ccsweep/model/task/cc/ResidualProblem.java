package org.ccsweep.model.task.cc;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.cc.data.InputMode;

/**
 * The CC task with Braun et al.'s residual model (science.md section 3), as plainly as it is stated, in
 * double precision:
 * <pre>
 *   r  = x · W_E,   r' = r + ReLU(r · W_in) · W_out,   ŷ = r' · W_Eᵀ,   y = x + ReLU(x)
 *   loss = (1/n) Σ_o (ŷ_o − y_o)²
 * </pre>
 * with W_E (n × e) fixed, θ = [W_in (e × d), W_out (d × e)], row-major; inputs as {@link CcProblem}'s.
 */
public final class ResidualProblem implements DenseProblem {
    private final int n;
    private final int d;
    private final int e;
    private final double[] wE;
    private final InputMode inputMode;

    /** @param wE the fixed embedding W_E, n × e row-major */
    public ResidualProblem(int nFeatures, int dMlp, int dEmbed, float[] wE, InputMode inputMode) {
        this.n = nFeatures;
        this.d = dMlp;
        this.e = dEmbed;
        this.wE = toDouble(wE);
        this.inputMode = inputMode;
    }

    /** θ for the given weights, in double. */
    public static double[][] parameters(float[] wIn, float[] wOut) {
        return new double[][] {toDouble(wIn), toDouble(wOut)};
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
        return new int[] {e * d, d * e};
    }

    @Override
    public void sample(double p, Rng rng, double[] x) {
        CcInputs.sample(inputMode, p, rng, x);
    }

    @Override
    public void labels(double[][] theta, double[] x, double[] y) {
        for (int o = 0; o < n; o++) {
            y[o] = x[o] + Math.max(x[o], 0.0);
        }
    }

    @Override
    public void forward(double[][] theta, double[] x, double[] out) {
        double[] r = embed(x);
        double[] h = hidden(theta[0], r);
        double[] rPrime = r.clone();
        for (int k = 0; k < e; k++) {
            for (int c = 0; c < d; c++) {
                rPrime[k] += h[c] * theta[1][c * e + k];
            }
        }
        for (int o = 0; o < n; o++) {
            out[o] = 0.0;
            for (int k = 0; k < e; k++) {
                out[o] += rPrime[k] * wE[o * e + k];
            }
        }
    }

    @Override
    public double loss(double[][] theta, double[] x, double[][] grads) {
        double[] yHat = new double[n];
        forward(theta, x, yHat);
        double[] y = new double[n];
        labels(theta, x, y);
        double total = 0.0;
        double[] dYHat = new double[n];
        for (int o = 0; o < n; o++) {
            double res = yHat[o] - y[o];
            total += res * res;
            dYHat[o] = 2.0 * res / n;
        }
        if (grads != null) {
            double[] r = embed(x);
            double[] h = hidden(theta[0], r);
            double[] dRPrime = new double[e];
            for (int k = 0; k < e; k++) {
                for (int o = 0; o < n; o++) {
                    dRPrime[k] += dYHat[o] * wE[o * e + k];
                }
            }
            for (int c = 0; c < d; c++) {
                double dh = 0.0;
                for (int k = 0; k < e; k++) {
                    grads[1][c * e + k] += h[c] * dRPrime[k];
                    dh += dRPrime[k] * theta[1][c * e + k];
                }
                double dz = h[c] > 0.0 ? dh : 0.0;
                for (int k = 0; k < e; k++) {
                    grads[0][k * d + c] += r[k] * dz;
                }
            }
        }
        return total / n;
    }

    private double[] embed(double[] x) {
        double[] r = new double[e];
        for (int k = 0; k < e; k++) {
            for (int i = 0; i < n; i++) {
                r[k] += x[i] * wE[i * e + k];
            }
        }
        return r;
    }

    private double[] hidden(double[] wIn, double[] r) {
        double[] h = new double[d];
        for (int c = 0; c < d; c++) {
            for (int k = 0; k < e; k++) {
                h[c] += r[k] * wIn[k * d + c];
            }
            h[c] = Math.max(h[c], 0.0);
        }
        return h;
    }
}
