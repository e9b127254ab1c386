package org.ccsweep.model.train;

/** The small float loops of the training step, written so that the JIT vectorises them. */
final class FloatKernels {
    private FloatKernels() {
    }

    /** y[yFrom .. yFrom + length) += a · x[xFrom .. xFrom + length). */
    static void axpy(float a, float[] x, int xFrom, float[] y, int yFrom, int length) {
        for (int c = 0; c < length; c++) {
            y[yFrom + c] += a * x[xFrom + c];
        }
    }

    /** y[0 .. length) = a · x[xFrom .. xFrom + length). */
    static void scaleInto(float a, float[] x, int xFrom, float[] y, int length) {
        for (int c = 0; c < length; c++) {
            y[c] = a * x[xFrom + c];
        }
    }

    /** Σ a in double: the final sum of per-lane float partial sums. */
    static double sum(float[] a) {
        double s = 0.0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    /**
     * g where h &gt; 0, else +0, for h ≥ 0 or NaN (a ReLU output), without a branch: the sign bit of
     * −bits(h) is set exactly when h is not +0. A branch here is mispredicted half the time.
     */
    static float keepWherePositive(float g, float h) {
        int mask = -Float.floatToRawIntBits(h) >> 31;
        return Float.intBitsToFloat(Float.floatToRawIntBits(g) & mask);
    }

    /** The transpose of a row-major n × n matrix. */
    static float[] transpose(float[] a, int n) {
        float[] t = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j * n + i] = a[i * n + j];
            }
        }
        return t;
    }
}
