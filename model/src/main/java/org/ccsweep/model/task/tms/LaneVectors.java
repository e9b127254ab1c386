package org.ccsweep.model.task.tms;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Lanes}' loops on the incubator Vector API, for when the JVM has the module: the widest vectors the CPU has,
 * as long as they divide the 16 lanes of {@link Lanes}' order (4, 8 or 16 floats; a block of 16 is then 4, 2 or 1
 * vectors), so that every lane does the scalar lane's operations in the scalar order. Elementwise loops return how far
 * they went and leave the rest to {@link Lanes}; the sums take the whole blocks and add into the 16 lane sums. The
 * accumulators are locals, never arrays of vectors, which C2 could not keep in registers. Only {@link Lanes} calls
 * this class, and only when the module is there: loading it without the module fails.
 */
final class LaneVectors {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int WIDTH = SPECIES.length();
    private static final int PER_BLOCK = Lanes.LANES / WIDTH;

    private LaneVectors() {
    }

    static boolean supported() {
        return WIDTH <= Lanes.LANES && Lanes.LANES % WIDTH == 0;
    }

    /** @return the elements done, a multiple of the vector width */
    static int axpy(float a, float[] x, int xo, float[] y, int yo, int length) {
        int done = length - length % WIDTH;
        for (int s = 0; s < done; s += WIDTH) {
            FloatVector.fromArray(SPECIES, x, xo + s).mul(a).add(FloatVector.fromArray(SPECIES, y, yo + s))
                    .intoArray(y, yo + s);
        }
        return done;
    }

    /** Adds x · y over the first {@code full} elements (a multiple of 16) into lanes[lo..lo + 16). */
    static void dot(float[] x, int xo, float[] y, int yo, int full, float[] lanes, int lo) {
        FloatVector a0 = lane(lanes, lo, 0);
        FloatVector a1 = lane(lanes, lo, 1);
        FloatVector a2 = lane(lanes, lo, 2);
        FloatVector a3 = lane(lanes, lo, 3);
        for (int s = 0; s < full; s += Lanes.LANES) {
            a0 = a0.add(product(x, xo + s, y, yo + s));
            if (PER_BLOCK > 1) {
                a1 = a1.add(product(x, xo + s + WIDTH, y, yo + s + WIDTH));
            }
            if (PER_BLOCK > 2) {
                a2 = a2.add(product(x, xo + s + 2 * WIDTH, y, yo + s + 2 * WIDTH));
                a3 = a3.add(product(x, xo + s + 3 * WIDTH, y, yo + s + 3 * WIDTH));
            }
        }
        store(lanes, lo, a0, a1, a2, a3);
    }

    /** Adds x over the first {@code full} elements (a multiple of 16) into lanes[lo..lo + 16). */
    static void sum(float[] x, int xo, int full, float[] lanes, int lo) {
        FloatVector a0 = lane(lanes, lo, 0);
        FloatVector a1 = lane(lanes, lo, 1);
        FloatVector a2 = lane(lanes, lo, 2);
        FloatVector a3 = lane(lanes, lo, 3);
        for (int s = xo; s < xo + full; s += Lanes.LANES) {
            a0 = a0.add(FloatVector.fromArray(SPECIES, x, s));
            if (PER_BLOCK > 1) {
                a1 = a1.add(FloatVector.fromArray(SPECIES, x, s + WIDTH));
            }
            if (PER_BLOCK > 2) {
                a2 = a2.add(FloatVector.fromArray(SPECIES, x, s + 2 * WIDTH));
                a3 = a3.add(FloatVector.fromArray(SPECIES, x, s + 3 * WIDTH));
            }
        }
        store(lanes, lo, a0, a1, a2, a3);
    }

    /** {@link Lanes#residual} over the first {@code full} elements (a multiple of 16), its r² into lanes[0..16). */
    static void residual(float[] z, int zo, float[] x, int xo, int full, float scale, float[] lanes) {
        FloatVector a0 = lane(lanes, 0, 0);
        FloatVector a1 = lane(lanes, 0, 1);
        FloatVector a2 = lane(lanes, 0, 2);
        FloatVector a3 = lane(lanes, 0, 3);
        for (int s = 0; s < full; s += Lanes.LANES) {
            a0 = a0.add(residual(z, zo + s, x, xo + s, scale));
            if (PER_BLOCK > 1) {
                a1 = a1.add(residual(z, zo + s + WIDTH, x, xo + s + WIDTH, scale));
            }
            if (PER_BLOCK > 2) {
                a2 = a2.add(residual(z, zo + s + 2 * WIDTH, x, xo + s + 2 * WIDTH, scale));
                a3 = a3.add(residual(z, zo + s + 3 * WIDTH, x, xo + s + 3 * WIDTH, scale));
            }
        }
        store(lanes, 0, a0, a1, a2, a3);
    }

    /** @return the elements done, a multiple of the vector width */
    static int threshold(float[] x, int xo, int length, float p) {
        int done = length - length % WIDTH;
        for (int s = 0; s < done; s += WIDTH) {
            FloatVector u = FloatVector.fromArray(SPECIES, x, xo + s);
            FloatVector.zero(SPECIES).blend(u.div(p), u.compare(VectorOperators.LT, p)).intoArray(x, xo + s);
        }
        return done;
    }

    private static FloatVector product(float[] x, int xAt, float[] y, int yAt) {
        return FloatVector.fromArray(SPECIES, x, xAt).mul(FloatVector.fromArray(SPECIES, y, yAt));
    }

    /** One vector of the residual pass: writes its dz, returns its r². */
    private static FloatVector residual(float[] z, int zAt, float[] x, int xAt, float scale) {
        FloatVector v = FloatVector.fromArray(SPECIES, z, zAt);
        FloatVector r = v.max(0f).sub(FloatVector.fromArray(SPECIES, x, xAt));
        VectorMask<Float> positive = v.compare(VectorOperators.GT, 0f);
        FloatVector.zero(SPECIES).blend(r.mul(scale), positive).intoArray(z, zAt);
        return r.mul(r);
    }

    /** The v-th vector of the block's lane sums at lo, or zero where the block has fewer vectors. */
    private static FloatVector lane(float[] lanes, int lo, int v) {
        return v < PER_BLOCK ? FloatVector.fromArray(SPECIES, lanes, lo + v * WIDTH) : FloatVector.zero(SPECIES);
    }

    private static void store(float[] lanes, int lo, FloatVector a0, FloatVector a1, FloatVector a2, FloatVector a3) {
        a0.intoArray(lanes, lo);
        if (PER_BLOCK > 1) {
            a1.intoArray(lanes, lo + WIDTH);
        }
        if (PER_BLOCK > 2) {
            a2.intoArray(lanes, lo + 2 * WIDTH);
            a3.intoArray(lanes, lo + 3 * WIDTH);
        }
    }
}
