package org.ccsweep.model.task.cc.analysis;

import org.ccsweep.model.run.Rng;

/** Fixtures for the analysis tests: seeded Gaussian matrices and identities, row-major. */
final class TestMatrices {

    private TestMatrices() {
    }

    static double[] gaussian(int rows, int cols, double scale, long seed) {
        Rng rng = new Rng(seed);
        double[] a = new double[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = scale * rng.nextGaussian();
        }
        return a;
    }

    static double[] identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1.0;
        }
        return a;
    }

    static float[] identityWeights(int n) {
        float[] a = new float[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1f;
        }
        return a;
    }

    /** UᵀU for U rows × cols: the Gram matrix of U's columns. */
    static double[] gram(double[] u, int rows, int cols) {
        return Matrices.multiply(Matrices.transpose(u, rows, cols), cols, rows, u, cols);
    }
}
