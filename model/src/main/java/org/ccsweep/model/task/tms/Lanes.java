package org.ccsweep.model.task.tms;

import org.ccsweep.model.run.VectorSupport;

/**
 * The batch-long loops of the TMS step, each in one fixed order, so that they vectorise and still give the same bits
 * everywhere. A sum along the batch keeps {@value #LANES} lane sums and a tail sum: of a run of terms, the whole
 * blocks of 16 go into the lanes (the term at offset s of its block into lane s), block after block, and the terms
 * after the last whole block into the tail, in order; {@link #total} adds the lanes in lane order, then the tail.
 * Every product and sum is a float operation rounded on its own (Java never fuses them). Where the JVM has the Vector
 * API ({@link VectorSupport}) {@link LaneVectors} runs the whole blocks (and the elementwise loops up to the last
 * whole vector) on vectors, lane for lane the same operations as {@link Scalar}, the definitions a JVM without the
 * module runs; {@code LanesTest} compares the two bit for bit.
 */
final class Lanes {
    static final int LANES = 16;
    private static final boolean VECTORS = VectorSupport.ENABLED && LaneVectors.supported();

    private Lanes() {
    }

    /** y[yo + s] += a · x[xo + s], s &lt; length. */
    static void axpy(float a, float[] x, int xo, float[] y, int yo, int length) {
        int done = VECTORS ? LaneVectors.axpy(a, x, xo, y, yo, length) : 0;
        Scalar.axpy(a, x, xo + done, y, yo + done, length - done);
    }

    /** Adds x[xo + s] · y[yo + s], s &lt; length, into lanes[lo..lo + 16) and tail[to]. */
    static void dot(float[] x, int xo, float[] y, int yo, int length, float[] lanes, int lo, float[] tail, int to) {
        int full = length - length % LANES;
        if (VECTORS) {
            LaneVectors.dot(x, xo, y, yo, full, lanes, lo);
        } else {
            Scalar.dot(x, xo, y, yo, full, lanes, lo);
        }
        for (int s = full; s < length; s++) {
            tail[to] += x[xo + s] * y[yo + s];
        }
    }

    /** Adds x[xo + s], s &lt; length, into lanes[lo..lo + 16) and tail[to]. */
    static void sum(float[] x, int xo, int length, float[] lanes, int lo, float[] tail, int to) {
        int full = length - length % LANES;
        if (VECTORS) {
            LaneVectors.sum(x, xo, full, lanes, lo);
        } else {
            Scalar.sum(x, xo, full, lanes, lo);
        }
        for (int s = full; s < length; s++) {
            tail[to] += x[xo + s];
        }
    }

    /**
     * The ReLU output's residual pass over a run of one row: with v = z[zo + s] and r = max(v, 0) − x[xo + s], adds
     * r² into lanes[0..16) and tail[0], and overwrites z[zo + s] with scale · r where v &gt; 0, else 0.
     */
    static void residual(float[] z, int zo, float[] x, int xo, int length, float scale, float[] lanes, float[] tail) {
        int full = length - length % LANES;
        if (VECTORS) {
            LaneVectors.residual(z, zo, x, xo, full, scale, lanes);
        } else {
            Scalar.residual(z, zo, x, xo, full, scale, lanes);
        }
        for (int s = full; s < length; s++) {
            tail[0] += Scalar.residualAt(z, zo + s, x, xo + s, scale);
        }
    }

    /** x[xo + s] = u &lt; p ? u / p : 0 with u = x[xo + s], s &lt; length: the sampler's pass over one feature. */
    static void threshold(float[] x, int xo, int length, float p) {
        int done = VECTORS ? LaneVectors.threshold(x, xo, length, p) : 0;
        Scalar.threshold(x, xo + done, length - done, p);
    }

    /** The lane sums lanes[lo..lo + 16) added in lane order, then the tail. */
    static float total(float[] lanes, int lo, float tail) {
        float total = 0f;
        for (int l = 0; l < LANES; l++) {
            total += lanes[lo + l];
        }
        return total + tail;
    }

    /** The scalar definitions of the loops; the sums take whole blocks only ({@code full} a multiple of 16). */
    static final class Scalar {
        private Scalar() {
        }

        static void axpy(float a, float[] x, int xo, float[] y, int yo, int length) {
            for (int s = 0; s < length; s++) {
                y[yo + s] += a * x[xo + s];
            }
        }

        static void dot(float[] x, int xo, float[] y, int yo, int full, float[] lanes, int lo) {
            for (int s = 0; s < full; s += LANES) {
                for (int l = 0; l < LANES; l++) {
                    lanes[lo + l] += x[xo + s + l] * y[yo + s + l];
                }
            }
        }

        static void sum(float[] x, int xo, int full, float[] lanes, int lo) {
            for (int s = 0; s < full; s += LANES) {
                for (int l = 0; l < LANES; l++) {
                    lanes[lo + l] += x[xo + s + l];
                }
            }
        }

        static void residual(float[] z, int zo, float[] x, int xo, int full, float scale, float[] lanes) {
            for (int s = 0; s < full; s += LANES) {
                for (int l = 0; l < LANES; l++) {
                    lanes[l] += residualAt(z, zo + s + l, x, xo + s + l, scale);
                }
            }
        }

        /** One entry of the residual pass: returns r² and writes the entry's dz. */
        static float residualAt(float[] z, int ze, float[] x, int xe, float scale) {
            float v = z[ze];
            float r = Math.max(v, 0f) - x[xe];
            z[ze] = v > 0f ? scale * r : 0f;
            return r * r;
        }

        static void threshold(float[] x, int xo, int length, float p) {
            for (int s = 0; s < length; s++) {
                float u = x[xo + s];
                x[xo + s] = u < p ? u / p : 0f;
            }
        }
    }
}
