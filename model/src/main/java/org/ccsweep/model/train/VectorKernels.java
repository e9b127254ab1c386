package org.ccsweep.model.train;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatKernels}' d-wide loops in the incubator Vector API, for when the JVM has the module
 * ({@link VectorSupport}): JDK 17's C2 turns a 50-iteration loop into a scalar pre-loop and post-loop
 * around at most one vector pass, so the widest vectors the CPU has, then a scalar tail, run them
 * about 1.7x faster. Every lane does what the scalar loop does to that element, a multiplication
 * and an addition each rounded (never fused), a max or a min, so the results are bit-identical to
 * {@link FloatKernels}' own loops; {@code FloatKernelsTest} checks this. Only {@link FloatKernels}
 * calls this class, and only when the module is there: loading it without the module fails.
 */
final class VectorKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorKernels() {
    }

    static void axpy2(float a, float[] x, float[] y, float[] w, float[] z) {
        int c = 0;
        for (int bound = SPECIES.loopBound(y.length); c < bound; c += LANES) {
            FloatVector.fromArray(SPECIES, x, c).mul(a).add(FloatVector.fromArray(SPECIES, y, c)).intoArray(y, c);
            FloatVector.fromArray(SPECIES, w, c).mul(a).add(FloatVector.fromArray(SPECIES, z, c)).intoArray(z, c);
        }
        for (; c < y.length; c++) {
            y[c] += a * x[c];
            z[c] += a * w[c];
        }
    }

    static void scale2(float a, float[] x, float[] y, float[] w, float[] z) {
        int c = 0;
        for (int bound = SPECIES.loopBound(y.length); c < bound; c += LANES) {
            FloatVector.fromArray(SPECIES, x, c).mul(a).intoArray(y, c);
            FloatVector.fromArray(SPECIES, w, c).mul(a).intoArray(z, c);
        }
        for (; c < y.length; c++) {
            y[c] = a * x[c];
            z[c] = a * w[c];
        }
    }

    static void dotLanes(float[] x, float[] y, float[] lanes) {
        int c = 0;
        for (int bound = SPECIES.loopBound(lanes.length); c < bound; c += LANES) {
            FloatVector.fromArray(SPECIES, x, c).mul(FloatVector.fromArray(SPECIES, y, c))
                    .add(FloatVector.fromArray(SPECIES, lanes, c)).intoArray(lanes, c);
        }
        for (; c < lanes.length; c++) {
            lanes[c] += x[c] * y[c];
        }
    }

    static void scaleAdd(float a, float[] x, float[] w, float[] y, float[] z) {
        int c = 0;
        for (int bound = SPECIES.loopBound(y.length); c < bound; c += LANES) {
            FloatVector ax = FloatVector.fromArray(SPECIES, x, c).mul(a);
            ax.intoArray(y, c);
            FloatVector.fromArray(SPECIES, w, c).add(ax).intoArray(z, c);
        }
        for (; c < y.length; c++) {
            y[c] = a * x[c];
            z[c] = w[c] + y[c];
        }
    }

    static void axpyFrom(float a, float[] x, int xOffset, float[] y) {
        int c = 0;
        for (int bound = SPECIES.loopBound(y.length); c < bound; c += LANES) {
            FloatVector.fromArray(SPECIES, x, xOffset + c).mul(a).add(FloatVector.fromArray(SPECIES, y, c)).intoArray(y, c);
        }
        for (; c < y.length; c++) {
            y[c] += a * x[xOffset + c];
        }
    }

    static void reluTo(float[] h, float[] out, int offset) {
        int c = 0;
        for (int bound = SPECIES.loopBound(h.length); c < bound; c += LANES) {
            FloatVector.fromArray(SPECIES, h, c).lanewise(VectorOperators.MAX, 0f).intoArray(out, offset + c);
        }
        for (; c < h.length; c++) {
            out[offset + c] = Math.max(h[c], 0f);
        }
    }
}
