package org.ccsweep.model.task.cc.analysis;

import org.ccsweep.model.run.Rng;

/** The model ŷ = ReLU(x · W_in) · W_out written out for one dense input: the tests' independent reference. */
final class SlowForward {

    private SlowForward() {
    }

    static double[] output(int n, int d, float[] wIn, float[] wOut, double[] x) {
        double[] hidden = new double[d];
        for (int k = 0; k < d; k++) {
            for (int l = 0; l < n; l++) {
                hidden[k] += x[l] * wIn[l * d + k];
            }
            hidden[k] = Math.max(hidden[k], 0.0);
        }
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < d; k++) {
                y[j] += hidden[k] * wOut[k * n + j];
            }
        }
        return y;
    }

    static float[] uniform(int size, double bound, long seed) {
        Rng rng = new Rng(seed);
        float[] a = new float[size];
        for (int i = 0; i < size; i++) {
            a[i] = (float) rng.uniform(-bound, bound);
        }
        return a;
    }
}
