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

    /**
     * Σ a[aFrom + c] · b[bFrom + c] over c &lt; length, in eight interleaved float partial sums (a
     * single running sum is bound by the latency of one addition per element).
     */
    static double dot(float[] a, int aFrom, float[] b, int bFrom, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float s7 = 0f;
        int c = 0;
        for (; c + 8 <= length; c += 8) {
            s0 += a[aFrom + c] * b[bFrom + c];
            s1 += a[aFrom + c + 1] * b[bFrom + c + 1];
            s2 += a[aFrom + c + 2] * b[bFrom + c + 2];
            s3 += a[aFrom + c + 3] * b[bFrom + c + 3];
            s4 += a[aFrom + c + 4] * b[bFrom + c + 4];
            s5 += a[aFrom + c + 5] * b[bFrom + c + 5];
            s6 += a[aFrom + c + 6] * b[bFrom + c + 6];
            s7 += a[aFrom + c + 7] * b[bFrom + c + 7];
        }
        for (; c < length; c++) {
            s0 += a[aFrom + c] * b[bFrom + c];
        }
        return ((double) s0 + s1) + ((double) s2 + s3) + ((double) s4 + s5) + ((double) s6 + s7);
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
