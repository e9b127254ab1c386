package org.ccsweep.model.task.cc.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatKernels}' d-wide loops in the incubator Vector API, for when the JVM has the module
 * ({@link org.ccsweep.model.run.VectorSupport}): JDK 17's C2 turns a 50-iteration loop into a scalar pre-loop and post-loop
 * around at most one vector pass, so the widest vectors the CPU has run them about 1.7x faster.
 * A row whose length is not a multiple of the lanes ends with one more vector, aligned to the row's
 * end and overlapping the last full one, instead of a scalar tail: it is computed from the inputs
 * before any store, so the overlapped elements get the same values twice (for d = 50 and 16 lanes:
 * vectors at 0, 16, 32 and 34). Every lane does what the scalar loop does to that element, a
 * multiplication and an addition each rounded (never fused), a max, so the results are
 * bit-identical to {@link FloatKernels.Scalar}; {@code VectorKernelsTest} checks this. Only
 * {@link FloatKernels} calls this class, and only when the module is there: loading it without the
 * module fails.
 */
final class VectorKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();

    private VectorKernels() {
    }

    static void dotLanes(float[] x, float[] y, float[] lanes) {
        int n = lanes.length;
        if (n < LANES) {
            FloatKernels.Scalar.dotLanes(x, y, lanes);
            return;
        }
        int last = n - LANES;
        FloatVector lastLanes = FloatVector.fromArray(SPECIES, x, last).mul(FloatVector.fromArray(SPECIES, y, last))
                .add(FloatVector.fromArray(SPECIES, lanes, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector.fromArray(SPECIES, x, c).mul(FloatVector.fromArray(SPECIES, y, c))
                    .add(FloatVector.fromArray(SPECIES, lanes, c)).intoArray(lanes, c);
        }
        lastLanes.intoArray(lanes, last);
    }

    static void scaleAdd(float a, float[] x, float[] w, float[] y, float[] z) {
        int n = y.length;
        if (n < LANES) {
            FloatKernels.Scalar.scaleAdd(a, x, w, y, z);
            return;
        }
        int last = n - LANES;
        for (int c = 0; c < last; c += LANES) {
            FloatVector ax = FloatVector.fromArray(SPECIES, x, c).mul(a);
            ax.intoArray(y, c);
            FloatVector.fromArray(SPECIES, w, c).add(ax).intoArray(z, c);
        }
        FloatVector ax = FloatVector.fromArray(SPECIES, x, last).mul(a);
        ax.intoArray(y, last);
        FloatVector.fromArray(SPECIES, w, last).add(ax).intoArray(z, last);
    }

    static void axpyFrom(float a, float[] x, int xOffset, float[] y) {
        int n = y.length;
        if (n < LANES) {
            FloatKernels.Scalar.axpyFrom(a, x, xOffset, y);
            return;
        }
        int last = n - LANES;
        FloatVector yLast = FloatVector.fromArray(SPECIES, x, xOffset + last).mul(a)
                .add(FloatVector.fromArray(SPECIES, y, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector.fromArray(SPECIES, x, xOffset + c).mul(a).add(FloatVector.fromArray(SPECIES, y, c)).intoArray(y, c);
        }
        yLast.intoArray(y, last);
    }

    static void addDifference(float[] x, int plus, int minus, float[] y) {
        int n = y.length;
        if (n < LANES) {
            FloatKernels.Scalar.addDifference(x, plus, minus, y);
            return;
        }
        int last = n - LANES;
        FloatVector yLast = FloatVector.fromArray(SPECIES, x, plus + last).sub(FloatVector.fromArray(SPECIES, x, minus + last))
                .add(FloatVector.fromArray(SPECIES, y, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector.fromArray(SPECIES, x, plus + c).sub(FloatVector.fromArray(SPECIES, x, minus + c))
                    .add(FloatVector.fromArray(SPECIES, y, c)).intoArray(y, c);
        }
        yLast.intoArray(y, last);
    }

    static void singleRow(float v, float[] w, float[] t, float[] s, ByteBuffer hidden, float[] labels, int offset) {
        int n = w.length;
        if (n < LANES) {
            FloatKernels.Scalar.singleRow(v, w, t, s, hidden, labels, offset);
            return;
        }
        int last = n - LANES;
        FloatVector hLast = FloatVector.fromArray(SPECIES, w, last).mul(v).lanewise(VectorOperators.MAX, 0f);
        FloatVector sLast = hLast.mul(v).add(FloatVector.fromArray(SPECIES, s, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector h = FloatVector.fromArray(SPECIES, w, c).mul(v).lanewise(VectorOperators.MAX, 0f);
            h.intoByteBuffer(hidden, Float.BYTES * (offset + c), NATIVE);
            FloatVector.fromArray(SPECIES, t, c).mul(v).intoArray(labels, offset + c);
            h.mul(v).add(FloatVector.fromArray(SPECIES, s, c)).intoArray(s, c);
        }
        hLast.intoByteBuffer(hidden, Float.BYTES * (offset + last), NATIVE);
        FloatVector.fromArray(SPECIES, t, last).mul(v).intoArray(labels, offset + last);
        sLast.intoArray(s, last);
    }

    static void pairRow(float v0, float[] w0, float[] t0, float[] s0, float v1, float[] w1, float[] t1, float[] s1,
            ByteBuffer hidden, float[] labels, int offset) {
        int n = w0.length;
        if (n < LANES) {
            FloatKernels.Scalar.pairRow(v0, w0, t0, s0, v1, w1, t1, s1, hidden, labels, offset);
            return;
        }
        int last = n - LANES;
        FloatVector hLast = FloatVector.fromArray(SPECIES, w0, last).mul(v0)
                .add(FloatVector.fromArray(SPECIES, w1, last).mul(v1)).lanewise(VectorOperators.MAX, 0f);
        FloatVector s0Last = hLast.mul(v0).add(FloatVector.fromArray(SPECIES, s0, last));
        FloatVector s1Last = hLast.mul(v1).add(FloatVector.fromArray(SPECIES, s1, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector h = FloatVector.fromArray(SPECIES, w0, c).mul(v0)
                    .add(FloatVector.fromArray(SPECIES, w1, c).mul(v1)).lanewise(VectorOperators.MAX, 0f);
            h.intoByteBuffer(hidden, Float.BYTES * (offset + c), NATIVE);
            FloatVector.fromArray(SPECIES, t0, c).mul(v0).add(FloatVector.fromArray(SPECIES, t1, c).mul(v1))
                    .intoArray(labels, offset + c);
            h.mul(v0).add(FloatVector.fromArray(SPECIES, s0, c)).intoArray(s0, c);
            h.mul(v1).add(FloatVector.fromArray(SPECIES, s1, c)).intoArray(s1, c);
        }
        hLast.intoByteBuffer(hidden, Float.BYTES * (offset + last), NATIVE);
        FloatVector.fromArray(SPECIES, t0, last).mul(v0).add(FloatVector.fromArray(SPECIES, t1, last).mul(v1))
                .intoArray(labels, offset + last);
        s0Last.intoArray(s0, last);
        s1Last.intoArray(s1, last);
    }

    static void tripleRow(float v0, float[] w0, float[] t0, float[] s0, float v1, float[] w1, float[] t1, float[] s1,
            float v2, float[] w2, float[] t2, float[] s2, ByteBuffer hidden, float[] labels, int offset) {
        int d = w0.length;
        if (d < LANES) {
            FloatKernels.Scalar.tripleRow(v0, w0, t0, s0, v1, w1, t1, s1, v2, w2, t2, s2, hidden, labels, offset);
            return;
        }
        int last = d - LANES;
        FloatVector hLast = FloatVector.fromArray(SPECIES, w0, last).mul(v0)
                .add(FloatVector.fromArray(SPECIES, w1, last).mul(v1)).add(FloatVector.fromArray(SPECIES, w2, last).mul(v2))
                .lanewise(VectorOperators.MAX, 0f);
        FloatVector s0Last = hLast.mul(v0).add(FloatVector.fromArray(SPECIES, s0, last));
        FloatVector s1Last = hLast.mul(v1).add(FloatVector.fromArray(SPECIES, s1, last));
        FloatVector s2Last = hLast.mul(v2).add(FloatVector.fromArray(SPECIES, s2, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector h = FloatVector.fromArray(SPECIES, w0, c).mul(v0).add(FloatVector.fromArray(SPECIES, w1, c).mul(v1))
                    .add(FloatVector.fromArray(SPECIES, w2, c).mul(v2)).lanewise(VectorOperators.MAX, 0f);
            h.intoByteBuffer(hidden, Float.BYTES * (offset + c), NATIVE);
            FloatVector.fromArray(SPECIES, t0, c).mul(v0).add(FloatVector.fromArray(SPECIES, t1, c).mul(v1))
                    .add(FloatVector.fromArray(SPECIES, t2, c).mul(v2)).intoArray(labels, offset + c);
            h.mul(v0).add(FloatVector.fromArray(SPECIES, s0, c)).intoArray(s0, c);
            h.mul(v1).add(FloatVector.fromArray(SPECIES, s1, c)).intoArray(s1, c);
            h.mul(v2).add(FloatVector.fromArray(SPECIES, s2, c)).intoArray(s2, c);
        }
        hLast.intoByteBuffer(hidden, Float.BYTES * (offset + last), NATIVE);
        FloatVector.fromArray(SPECIES, t0, last).mul(v0).add(FloatVector.fromArray(SPECIES, t1, last).mul(v1))
                .add(FloatVector.fromArray(SPECIES, t2, last).mul(v2)).intoArray(labels, offset + last);
        s0Last.intoArray(s0, last);
        s1Last.intoArray(s1, last);
        s2Last.intoArray(s2, last);
    }

    static void manyRow(int[] features, float[] values, int from, int to, float[][] wInRows, float[][] labelTable,
            float[][] scatter, ByteBuffer hidden, float[] labels, int offset, float[] row) {
        int d = row.length;
        if (d < LANES) {
            FloatKernels.Scalar.manyRow(features, values, from, to, wInRows, labelTable, scatter, hidden, labels, offset, row);
            return;
        }
        int n = wInRows.length;
        int last = d - LANES;
        for (int c = 0; c < d; c += LANES) {
            int at = Math.min(c, last);
            int j = features[from];
            float v = values[from];
            FloatVector h = FloatVector.fromArray(SPECIES, wInRows[j], at).mul(v);
            FloatVector y = FloatVector.fromArray(SPECIES, labelTable[v > 0f ? j : n + j], at).mul(v);
            for (int k = from + 1; k < to; k++) {
                j = features[k];
                v = values[k];
                h = FloatVector.fromArray(SPECIES, wInRows[j], at).mul(v).add(h);
                y = FloatVector.fromArray(SPECIES, labelTable[v > 0f ? j : n + j], at).mul(v).add(y);
            }
            h = h.lanewise(VectorOperators.MAX, 0f);
            h.intoByteBuffer(hidden, Float.BYTES * (offset + at), NATIVE);
            y.intoArray(labels, offset + at);
            if (c == at) {
                for (int k = from; k < to; k++) {
                    j = features[k];
                    v = values[k];
                    float[] s = scatter[v > 0f ? j : n + j];
                    h.mul(v).add(FloatVector.fromArray(SPECIES, s, c)).intoArray(s, c);
                }
            } else {
                h.intoArray(row, last);
                for (int k = from; k < to; k++) {
                    j = features[k];
                    v = values[k];
                    float[] s = scatter[v > 0f ? j : n + j];
                    for (int e = c; e < d; e++) {
                        s[e] += v * row[e];
                    }
                }
            }
        }
    }

    static void groupRow(float sign, float w, float[] wIn, float[] table, float[] scatter, ByteBuffer hidden,
            float[] labels, ByteBuffer groupA, int offset, int groupOffset) {
        int n = wIn.length;
        if (n < LANES) {
            FloatKernels.Scalar.groupRow(sign, w, wIn, table, scatter, hidden, labels, groupA, offset, groupOffset);
            return;
        }
        float signedW = sign * w;
        int last = n - LANES;
        FloatVector aLast = FloatVector.fromArray(SPECIES, wIn, last).mul(sign).lanewise(VectorOperators.MAX, 0f);
        FloatVector scatterLast = aLast.mul(signedW).add(FloatVector.fromArray(SPECIES, scatter, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector a = FloatVector.fromArray(SPECIES, wIn, c).mul(sign).lanewise(VectorOperators.MAX, 0f);
            a.intoByteBuffer(groupA, Float.BYTES * (groupOffset + c), NATIVE);
            a.mul(w).intoByteBuffer(hidden, Float.BYTES * (offset + c), NATIVE);
            a.mul(signedW).add(FloatVector.fromArray(SPECIES, scatter, c)).intoArray(scatter, c);
            FloatVector.fromArray(SPECIES, table, c).mul(signedW).intoArray(labels, offset + c);
        }
        aLast.intoByteBuffer(groupA, Float.BYTES * (groupOffset + last), NATIVE);
        aLast.mul(w).intoByteBuffer(hidden, Float.BYTES * (offset + last), NATIVE);
        scatterLast.intoArray(scatter, last);
        FloatVector.fromArray(SPECIES, table, last).mul(signedW).intoArray(labels, offset + last);
    }

    static void dzRows(float c, ByteBuffer hg, float[] rows, ByteBuffer h, int count) {
        if (count < LANES) {
            FloatKernels.Scalar.dzRows(c, hg, rows, h, count);
            return;
        }
        int last = count - LANES;
        FloatVector lastMask = FloatVector.fromByteBuffer(SPECIES, h, Float.BYTES * last, NATIVE).mul(FloatKernels.HUGE)
                .mul(FloatKernels.HUGE).lanewise(VectorOperators.MIN, 1f);
        FloatVector lastDz = FloatVector.fromByteBuffer(SPECIES, hg, Float.BYTES * last, NATIVE)
                .sub(FloatVector.fromArray(SPECIES, rows, last)).mul(c).mul(lastMask);
        for (int i = 0; i < last; i += LANES) {
            FloatVector mask = FloatVector.fromByteBuffer(SPECIES, h, Float.BYTES * i, NATIVE).mul(FloatKernels.HUGE)
                    .mul(FloatKernels.HUGE).lanewise(VectorOperators.MIN, 1f);
            FloatVector.fromByteBuffer(SPECIES, hg, Float.BYTES * i, NATIVE).sub(FloatVector.fromArray(SPECIES, rows, i))
                    .mul(c).mul(mask).intoArray(rows, i);
        }
        lastDz.intoArray(rows, last);
    }
}
