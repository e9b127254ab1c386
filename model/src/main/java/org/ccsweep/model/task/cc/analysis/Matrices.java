package org.ccsweep.model.task.cc.analysis;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.bytedeco.openblas.global.openblas;

/**
 * Dense row-major matrices as plain {@code double[]}: the few operations the baselines and analyses
 * share. A matrix with {@code rows} rows and {@code cols} columns holds entry (r, c) at
 * {@code r * cols + c}.
 */
public final class Matrices {

    private Matrices() {
    }

    public static float[] toFloat(double[] a) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) a[i];
        }
        return out;
    }

    /**
     * A · B with A rows × inner and B inner × cols, by OpenBLAS's dgemm (ND4J's CPU backend bundles and
     * loads it): the semi-NMF fit multiplies 50- to 100-wide matrices thousands of times, and dgemm is
     * several times faster than a Java loop there. One call on one thread is deterministic.
     */
    public static double[] multiply(double[] a, int rows, int inner, double[] b, int cols) {
        checkLength("a", a, rows * inner);
        checkLength("b", b, inner * cols);
        double[] out = new double[rows * cols];
        if (out.length > 0 && inner > 0) {
            openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, rows, cols, inner,
                    1.0, a, inner, b, cols, 0.0, out, cols);
        }
        return out;
    }

    /** The product W_in · W_out (n × n) of a model's weights, W_in n × d, W_out d × n. */
    public static double[] product(int nFeatures, int dMlp, float[] wIn, float[] wOut) {
        return multiply(toDouble(wIn), nFeatures, dMlp, toDouble(wOut), nFeatures);
    }

    /** Aᵀ, cols × rows, for A rows × cols. */
    public static double[] transpose(double[] a, int rows, int cols) {
        checkLength("a", a, rows * cols);
        double[] out = new double[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = a[r * cols + c];
            }
        }
        return out;
    }

    /** Frobenius norm squared of A − B. */
    public static double squaredDistance(double[] a, double[] b) {
        checkLength("b", b, a.length);
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            sum += diff * diff;
        }
        return sum;
    }

    /** Column {@code c} of A (rows × cols) as a vector of length rows. */
    public static double[] column(double[] a, int rows, int cols, int c) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = a[r * cols + c];
        }
        return out;
    }

    public static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static void checkLength(String name, double[] a, int expected) {
        if (a.length != expected) {
            throw new IllegalArgumentException(name + " must hold " + expected + " entries, got " + a.length);
        }
    }
}
