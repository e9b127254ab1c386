package org.ccsweep.model.task.cc.train;

import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * An independent, deliberately plain implementation of the loss and its gradients in double
 * precision: dense loops over every sample of the batch, empty ones included.
 */
final class DenseReference {
    final int n;
    final int d;
    final double[] m;

    double loss;
    double[] gradWIn;
    double[] gradWOut;
    double gradSigma;

    DenseReference(int n, int d, float[] mixing) {
        this.n = n;
        this.d = d;
        this.m = new double[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            m[i] = mixing[i];
        }
    }

    /** L = mean over batch and outputs of (ReLU(x W_in) W_out − ReLU(x) − |s| x Mᵀ)². */
    static double loss(int n, int d, double[][] xs, double[] wIn, double[] wOut, double[] mixing, double s) {
        double total = 0.0;
        for (double[] x : xs) {
            double[] h = new double[d];
            for (int c = 0; c < d; c++) {
                for (int j = 0; j < n; j++) {
                    h[c] += x[j] * wIn[j * d + c];
                }
                h[c] = Math.max(h[c], 0.0);
            }
            for (int o = 0; o < n; o++) {
                double yHat = 0.0;
                for (int c = 0; c < d; c++) {
                    yHat += h[c] * wOut[c * n + o];
                }
                double y = Math.max(x[o], 0.0);
                for (int j = 0; j < n; j++) {
                    y += Math.abs(s) * x[j] * mixing[o * n + j];
                }
                total += (yHat - y) * (yHat - y);
            }
        }
        return total / ((double) xs.length * n);
    }

    void compute(SparseBatch batch, float[] wInF, float[] wOutF, double s) {
        double[] wIn = toDouble(wInF);
        double[] wOut = toDouble(wOutF);
        int b = batch.batch();
        gradWIn = new double[n * d];
        gradWOut = new double[d * n];
        gradSigma = 0.0;
        double total = 0.0;
        for (int i = 0; i < b; i++) {
            float[] xf = batch.dense(i);
            double[] x = toDouble(xf);
            double[] z = new double[d];
            double[] h = new double[d];
            for (int c = 0; c < d; c++) {
                for (int j = 0; j < n; j++) {
                    z[c] += x[j] * wIn[j * d + c];
                }
                h[c] = Math.max(z[c], 0.0);
            }
            double[] dYHat = new double[n];
            for (int o = 0; o < n; o++) {
                double yHat = 0.0;
                for (int c = 0; c < d; c++) {
                    yHat += h[c] * wOut[c * n + o];
                }
                double xm = 0.0;
                for (int j = 0; j < n; j++) {
                    xm += x[j] * m[o * n + j];
                }
                double residual = yHat - (Math.max(x[o], 0.0) + Math.abs(s) * xm);
                total += residual * residual;
                dYHat[o] = 2.0 * residual / ((double) b * n);
                gradSigma -= Math.signum(s) * dYHat[o] * xm;
            }
            for (int c = 0; c < d; c++) {
                double dh = 0.0;
                for (int o = 0; o < n; o++) {
                    gradWOut[c * n + o] += h[c] * dYHat[o];
                    dh += dYHat[o] * wOut[c * n + o];
                }
                double dz = z[c] > 0.0 ? dh : 0.0;
                for (int j = 0; j < n; j++) {
                    gradWIn[j * d + c] += x[j] * dz;
                }
            }
        }
        loss = total / ((double) b * n);
    }

    static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
