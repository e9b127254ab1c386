package org.ccsweep.model.task.cc.train;

import java.nio.ByteBuffer;
import org.ccsweep.model.run.VectorSupport;

/**
 * The small float loops of the training steps. JDK 17's C2 vectorises a loop only when every array
 * in it is indexed by the loop variable itself: an offset (x[from + c]) keeps it scalar, about 2.5x
 * slower on d = 50 floats. So the sparse step keeps its d-wide rows as separate arrays. The d-wide
 * kernels run on {@link VectorKernels} when {@link VectorSupport#ENABLED}, with the same results.
 */
final class FloatKernels {
    /** 2^126: twice it scales the smallest positive float to at least 1. */
    static final float HUGE = 0x1p126f;

    private FloatKernels() {
    }

    /**
     * A sample row with one active entry (v, w = W_in row, t = label table row, s = its scatter row):
     * hidden[offset …] = h = max(v · w, 0), labels[offset …] = v · t, s += v · h, over w's length.
     */
    static void singleRow(float v, float[] w, float[] t, float[] s, ByteBuffer hidden, float[] labels, int offset) {
        if (VectorSupport.ENABLED) {
            VectorKernels.singleRow(v, w, t, s, hidden, labels, offset);
        } else {
            Scalar.singleRow(v, w, t, s, hidden, labels, offset);
        }
    }

    /**
     * A sample row with two active entries: hidden[offset …] = h = max(v0 · w0 + v1 · w1, 0),
     * labels[offset …] = v0 · t0 + v1 · t1, s0 += v0 · h, s1 += v1 · h (s0 and s1 distinct rows), each
     * product and sum rounded in that order, as {@code scale2}, {@code axpy2}, {@code relu} and two
     * {@code axpyFrom} would.
     */
    static void pairRow(float v0, float[] w0, float[] t0, float[] s0, float v1, float[] w1, float[] t1, float[] s1,
            ByteBuffer hidden, float[] labels, int offset) {
        if (VectorSupport.ENABLED) {
            VectorKernels.pairRow(v0, w0, t0, s0, v1, w1, t1, s1, hidden, labels, offset);
        } else {
            Scalar.pairRow(v0, w0, t0, s0, v1, w1, t1, s1, hidden, labels, offset);
        }
    }

    /**
     * A sample row with three active entries, (features[e + i], values[e + i]) for i = 0, 1, 2:
     * {@link #manyRow}'s results and rounding, without its loops over the entries.
     */
    static void tripleRow(int[] features, float[] values, int e, float[][] wInRows, float[][] labelTable,
            float[][] scatter, ByteBuffer hidden, float[] labels, int offset) {
        int n = wInRows.length;
        float v0 = values[e];
        float v1 = values[e + 1];
        float v2 = values[e + 2];
        int j0 = features[e];
        int j1 = features[e + 1];
        int j2 = features[e + 2];
        int g0 = v0 > 0f ? j0 : n + j0;
        int g1 = v1 > 0f ? j1 : n + j1;
        int g2 = v2 > 0f ? j2 : n + j2;
        if (VectorSupport.ENABLED) {
            VectorKernels.tripleRow(v0, wInRows[j0], labelTable[g0], scatter[g0], v1, wInRows[j1], labelTable[g1],
                    scatter[g1], v2, wInRows[j2], labelTable[g2], scatter[g2], hidden, labels, offset);
        } else {
            Scalar.tripleRow(v0, wInRows[j0], labelTable[g0], scatter[g0], v1, wInRows[j1], labelTable[g1],
                    scatter[g1], v2, wInRows[j2], labelTable[g2], scatter[g2], hidden, labels, offset);
        }
    }

    /**
     * A sample row with the active entries (features[e], values[e]), e in [from, to), any number of
     * them (t_g and s_g below are the label table's and the scatter's row j, or n + j where v &lt; 0):
     * hidden[offset …] = h = max(Σ v · w_j, 0), labels[offset …] = Σ v · t_g, then s_g += v · h per
     * entry, over row's length, rounded as the scalar {@code scale2}, {@code axpy2} per further entry,
     * {@code relu} and an {@code axpyFrom} per entry would. {@code row} is scratch, d floats.
     */
    static void manyRow(int[] features, float[] values, int from, int to, float[][] wInRows, float[][] labelTable,
            float[][] scatter, ByteBuffer hidden, float[] labels, int offset, float[] row) {
        if (VectorSupport.ENABLED) {
            VectorKernels.manyRow(features, values, from, to, wInRows, labelTable, scatter, hidden, labels, offset,
                    row);
        } else {
            Scalar.manyRow(features, values, from, to, wInRows, labelTable, scatter, hidden, labels, offset, row);
        }
    }

    /**
     * One group row of {@link SingleFeatureSamples}, over wIn's length: A = max(sign · wIn, 0) into
     * groupA[groupOffset …], w · A into hidden[offset …], sign · w · table into labels[offset …], and
     * scatter += sign · w · A.
     */
    static void groupRow(float sign, float w, float[] wIn, float[] table, float[] scatter, ByteBuffer hidden,
            float[] labels, ByteBuffer groupA, int offset, int groupOffset) {
        if (VectorSupport.ENABLED) {
            VectorKernels.groupRow(sign, w, wIn, table, scatter, hidden, labels, groupA, offset, groupOffset);
        } else {
            Scalar.groupRow(sign, w, wIn, table, scatter, hidden, labels, groupA, offset, groupOffset);
        }
    }

    /**
     * rows[i] = c · (hg[i] − rows[i]) · mask(h[i]) for i &lt; count, hg and h native float arrays (their
     * bytes in native order): the step's dZ pass, reading H · G and H where BLAS uses them and turning
     * the label rows y · W_outᵀ into dZ in place.
     */
    static void dzRows(float c, ByteBuffer hg, float[] rows, ByteBuffer h, int count) {
        if (VectorSupport.ENABLED) {
            VectorKernels.dzRows(c, hg, rows, h, count);
        } else {
            Scalar.dzRows(c, hg, rows, h, count);
        }
    }

    /** lanes += x ⊙ y over lanes' length: a dot product left in per-lane partial sums. */
    static void dotLanes(float[] x, float[] y, float[] lanes) {
        if (VectorSupport.ENABLED) {
            VectorKernels.dotLanes(x, y, lanes);
        } else {
            Scalar.dotLanes(x, y, lanes);
        }
    }

    /** y = a · x and z = w + y, over y's length, in one pass. */
    static void scaleAdd(float a, float[] x, float[] w, float[] y, float[] z) {
        if (VectorSupport.ENABLED) {
            VectorKernels.scaleAdd(a, x, w, y, z);
        } else {
            Scalar.scaleAdd(a, x, w, y, z);
        }
    }

    /** y += a · x[xOffset …] over y's length: a row of a flat array into a row array. */
    static void axpyFrom(float a, float[] x, int xOffset, float[] y) {
        if (VectorSupport.ENABLED) {
            VectorKernels.axpyFrom(a, x, xOffset, y);
        } else {
            Scalar.axpyFrom(a, x, xOffset, y);
        }
    }

    /** y += x[plus …] − x[minus …] over y's length: the difference of two rows of a flat array into a row array. */
    static void addDifference(float[] x, int plus, int minus, float[] y) {
        if (VectorSupport.ENABLED) {
            VectorKernels.addDifference(x, plus, minus, y);
        } else {
            Scalar.addDifference(x, plus, minus, y);
        }
    }

    /**
     * 1 where h &gt; 0, else 0, for h ≥ 0 (a ReLU output), in operations C2 vectorises: the two
     * multiplications take every positive float, subnormals included, to ≥ 1 (or +∞) and keep 0 at 0.
     */
    static float positiveMask(float h) {
        return Math.min(h * HUGE * HUGE, 1f);
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

    /** The plain loops, for a JVM without the Vector API module; {@code VectorKernelsTest} checks both give the same bits. */
    static final class Scalar {
        private Scalar() {
        }

        static void axpy2(float a, float[] x, float[] y, float[] w, float[] z, int zOffset) {
            for (int c = 0; c < y.length; c++) {
                y[c] += a * x[c];
                z[zOffset + c] += a * w[c];
            }
        }

        static void scale2(float a, float[] x, float[] y, float[] w, float[] z, int zOffset) {
            for (int c = 0; c < y.length; c++) {
                y[c] = a * x[c];
                z[zOffset + c] = a * w[c];
            }
        }

        static void singleRow(float v, float[] w, float[] t, float[] s, ByteBuffer hidden, float[] labels, int offset) {
            for (int c = 0; c < w.length; c++) {
                float h = Math.max(v * w[c], 0f);
                hidden.putFloat(Float.BYTES * (offset + c), h);
                labels[offset + c] = v * t[c];
                s[c] += v * h;
            }
        }

        static void pairRow(float v0, float[] w0, float[] t0, float[] s0, float v1, float[] w1, float[] t1, float[] s1,
                ByteBuffer hidden, float[] labels, int offset) {
            for (int c = 0; c < w0.length; c++) {
                float h = Math.max(v0 * w0[c] + v1 * w1[c], 0f);
                hidden.putFloat(Float.BYTES * (offset + c), h);
                labels[offset + c] = v0 * t0[c] + v1 * t1[c];
                s0[c] += v0 * h;
                s1[c] += v1 * h;
            }
        }

        static void tripleRow(float v0, float[] w0, float[] t0, float[] s0, float v1, float[] w1, float[] t1,
                float[] s1, float v2, float[] w2, float[] t2, float[] s2, ByteBuffer hidden, float[] labels,
                int offset) {
            for (int c = 0; c < w0.length; c++) {
                float h = Math.max(v0 * w0[c] + v1 * w1[c] + v2 * w2[c], 0f);
                hidden.putFloat(Float.BYTES * (offset + c), h);
                labels[offset + c] = v0 * t0[c] + v1 * t1[c] + v2 * t2[c];
                s0[c] += v0 * h;
                s1[c] += v1 * h;
                s2[c] += v2 * h;
            }
        }

        static void manyRow(int[] features, float[] values, int from, int to, float[][] wInRows,
                float[][] labelTable, float[][] scatter, ByteBuffer hidden, float[] labels, int offset, float[] row) {
            int n = wInRows.length;
            float first = values[from];
            int firstFeature = features[from];
            scale2(first, wInRows[firstFeature], row, labelTable[first > 0f ? firstFeature : n + firstFeature], labels,
                    offset);
            for (int k = from + 1; k < to; k++) {
                float v = values[k];
                int j = features[k];
                axpy2(v, wInRows[j], row, labelTable[v > 0f ? j : n + j], labels, offset);
            }
            relu(row);
            for (int c = 0; c < row.length; c++) {
                hidden.putFloat(Float.BYTES * (offset + c), row[c]);
            }
            for (int k = from; k < to; k++) {
                float v = values[k];
                int j = features[k];
                axpyFrom(v, row, 0, scatter[v > 0f ? j : n + j]);
            }
        }

        static void groupRow(float sign, float w, float[] wIn, float[] table, float[] scatter, ByteBuffer hidden,
                float[] labels, ByteBuffer groupA, int offset, int groupOffset) {
            float signedW = sign * w;
            for (int c = 0; c < wIn.length; c++) {
                float a = Math.max(sign * wIn[c], 0f);
                groupA.putFloat(Float.BYTES * (groupOffset + c), a);
                hidden.putFloat(Float.BYTES * (offset + c), w * a);
                scatter[c] += signedW * a;
                labels[offset + c] = signedW * table[c];
            }
        }

        static void dzRows(float c, ByteBuffer hg, float[] rows, ByteBuffer h, int count) {
            for (int i = 0; i < count; i++) {
                rows[i] = c * (hg.getFloat(Float.BYTES * i) - rows[i]) * positiveMask(h.getFloat(Float.BYTES * i));
            }
        }

        static void dotLanes(float[] x, float[] y, float[] lanes) {
            for (int c = 0; c < lanes.length; c++) {
                lanes[c] += x[c] * y[c];
            }
        }

        static void scaleAdd(float a, float[] x, float[] w, float[] y, float[] z) {
            for (int c = 0; c < y.length; c++) {
                y[c] = a * x[c];
                z[c] = w[c] + y[c];
            }
        }

        static void axpyFrom(float a, float[] x, int xOffset, float[] y) {
            for (int c = 0; c < y.length; c++) {
                y[c] += a * x[xOffset + c];
            }
        }

        static void addDifference(float[] x, int plus, int minus, float[] y) {
            for (int c = 0; c < y.length; c++) {
                y[c] += x[plus + c] - x[minus + c];
            }
        }

        static void relu(float[] h) {
            for (int c = 0; c < h.length; c++) {
                h[c] = Math.max(h[c], 0f);
            }
        }
    }
}
