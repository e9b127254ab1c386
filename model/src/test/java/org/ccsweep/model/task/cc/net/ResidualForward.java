package org.ccsweep.model.task.cc.net;

/**
 * The residual model written out literally in double for one dense input, sharing no code with the
 * model: r = x · W_E, r' = r + ReLU(r · W_in) · W_out, ŷ = r' · W_Eᵀ, y = x + ReLU(x). The tests'
 * independent reference.
 */
public final class ResidualForward {
    private ResidualForward() {
    }

    /** ŷ − y for input x; W_E n × e, W_in e × d, W_out d × e, all row-major. */
    public static double[] residual(int n, int d, int e, double[] x, double[] wE, double[] wIn, double[] wOut) {
        double[] r = new double[e];
        for (int k = 0; k < e; k++) {
            for (int i = 0; i < n; i++) {
                r[k] += x[i] * wE[i * e + k];
            }
        }
        double[] h = new double[d];
        for (int c = 0; c < d; c++) {
            for (int k = 0; k < e; k++) {
                h[c] += r[k] * wIn[k * d + c];
            }
            h[c] = Math.max(h[c], 0.0);
        }
        double[] rPrime = r.clone();
        for (int k = 0; k < e; k++) {
            for (int c = 0; c < d; c++) {
                rPrime[k] += h[c] * wOut[c * e + k];
            }
        }
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double yHat = 0.0;
            for (int k = 0; k < e; k++) {
                yHat += rPrime[k] * wE[j * e + k];
            }
            out[j] = yHat - (x[j] + Math.max(x[j], 0.0));
        }
        return out;
    }

    /** L = mean over the inputs and the n outputs of (ŷ − y)². */
    public static double loss(int n, int d, int e, double[][] xs, double[] wE, double[] wIn, double[] wOut) {
        double total = 0.0;
        for (double[] x : xs) {
            for (double r : residual(n, d, e, x, wE, wIn, wOut)) {
                total += r * r;
            }
        }
        return total / ((double) xs.length * n);
    }

    public static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
