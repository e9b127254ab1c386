package org.ccsweep.model.train;

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

    private VectorKernels() {
    }

    static void axpy2(float a, float[] x, float[] y, float[] w, float[] z) {
        int n = y.length;
        if (n < LANES) {
            FloatKernels.Scalar.axpy2(a, x, y, w, z);
            return;
        }
        int last = n - LANES;
        FloatVector yLast = FloatVector.fromArray(SPECIES, x, last).mul(a).add(FloatVector.fromArray(SPECIES, y, last));
        FloatVector zLast = FloatVector.fromArray(SPECIES, w, last).mul(a).add(FloatVector.fromArray(SPECIES, z, last));
        for (int c = 0; c < last; c += LANES) {
            FloatVector.fromArray(SPECIES, x, c).mul(a).add(FloatVector.fromArray(SPECIES, y, c)).intoArray(y, c);
            FloatVector.fromArray(SPECIES, w, c).mul(a).add(FloatVector.fromArray(SPECIES, z, c)).intoArray(z, c);
        }
        yLast.intoArray(y, last);
        zLast.intoArray(z, last);
    }

    static void scale2(float a, float[] x, float[] y, float[] w, float[] z) {
        int n = y.length;
        if (n < LANES) {
            FloatKernels.Scalar.scale2(a, x, y, w, z);
            return;
        }
        int last = n - LANES;
        for (int c = 0; c < last; c += LANES) {
            FloatVector.fromArray(SPECIES, x, c).mul(a).intoArray(y, c);
            FloatVector.fromArray(SPECIES, w, c).mul(a).intoArray(z, c);
        }
        FloatVector.fromArray(SPECIES, x, last).mul(a).intoArray(y, last);
        FloatVector.fromArray(SPECIES, w, last).mul(a).intoArray(z, last);
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

    static void reluTo(float[] h, float[] out, int offset) {
        int n = h.length;
        if (n < LANES) {
            FloatKernels.Scalar.reluTo(h, out, offset);
            return;
        }
        int last = n - LANES;
        for (int c = 0; c < last; c += LANES) {
            FloatVector.fromArray(SPECIES, h, c).lanewise(VectorOperators.MAX, 0f).intoArray(out, offset + c);
        }
        FloatVector.fromArray(SPECIES, h, last).lanewise(VectorOperators.MAX, 0f).intoArray(out, offset + last);
    }
}
