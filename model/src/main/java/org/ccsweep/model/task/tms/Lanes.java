package org.ccsweep.model.task.tms;

import org.ccsweep.model.run.VectorSupport;

/**
 * The batch-long loops of the TMS step, each in one fixed order, so that they vectorise and still give the same bits
 * everywhere. Rows are runs of samples: a matrix of R rows holds row r at offset + r · stride.
 * <ul>
 *   <li>{@link #rows}: out[r][s] += Σ_q A(r, q) in[q][s], the terms added to each element one by one in q's order,
 *       each a fused multiply-add ({@link Math#fma}, one rounding);</li>
 *   <li>{@link #dots}, {@link #sum}, {@link #residual}: sums along the samples, in {@value #LANES} lane sums and a
 *       tail sum: of a run of samples, the whole blocks of 16 go into the lanes (the sample at offset s of its block
 *       into lane s), block after block, and the samples after the last whole block into the tail, in order;
 *       {@link #total} adds the lanes in lane order, then the tail.</li>
 * </ul>
 * Where the JVM has the Vector API ({@link VectorSupport}) {@link LaneVectors} runs the whole vectors, and blocks of
 * rows at once, with each element's operations the same, in the same order, as {@link Scalar}'s, the definitions a
 * JVM without the module runs; {@code LanesTest} compares the two bit for bit.
 */
final class Lanes {
    static final int LANES = 16;
    private static final boolean VECTORS = VectorSupport.ENABLED && LaneVectors.supported();

    private Lanes() {
    }

    /**
     * out[oo + r · os + s] += Σ_{q &lt; inner} a[ao + r · ar + q · aq] · in[io + q · is + s] for r &lt; rows,
     * s &lt; length.
     */
    static void rows(float[] a, int ao, int ar, int aq, int rows, int inner, float[] in, int io, int is, float[] out,
            int oo, int os, int length) {
        int done = VECTORS ? LaneVectors.rows(a, ao, ar, aq, rows, inner, in, io, is, out, oo, os, length) : 0;
        Scalar.rows(a, ao, ar, aq, rows, inner, in, io, is, out, oo, os, done, length);
    }

    /**
     * Adds x[xo + r1 · xs + s] · y[yo + r2 · ys + s], s &lt; length, into the lanes lanes[e · 16 ..] and the tail
     * tail[e] of every pair e = r1 · yRows + r2, r1 &lt; xRows, r2 &lt; yRows.
     */
    static void dots(float[] x, int xo, int xs, int xRows, float[] y, int yo, int ys, int yRows, int length,
            float[] lanes, float[] tail) {
        int full = length - length % LANES;
        if (VECTORS) {
            LaneVectors.dots(x, xo, xs, xRows, y, yo, ys, yRows, full, lanes);
        } else {
            Scalar.dots(x, xo, xs, xRows, y, yo, ys, yRows, full, lanes);
        }
        for (int r1 = 0; r1 < xRows; r1++) {
            for (int r2 = 0; r2 < yRows; r2++) {
                int e = r1 * yRows + r2;
                for (int s = full; s < length; s++) {
                    tail[e] = Math.fma(x[xo + r1 * xs + s], y[yo + r2 * ys + s], tail[e]);
                }
            }
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
     * r² into lanes[0..16) and tail[0] (fused), and overwrites z[zo + s] with scale · r where v &gt; 0, else 0.
     */
    static void residual(float[] z, int zo, float[] x, int xo, int length, float scale, float[] lanes, float[] tail) {
        int full = length - length % LANES;
        if (VECTORS) {
            LaneVectors.residual(z, zo, x, xo, full, scale, lanes);
        } else {
            Scalar.residual(z, zo, x, xo, full, scale, lanes);
        }
        for (int s = full; s < length; s++) {
            float r = Scalar.dz(z, zo + s, x, xo + s, scale);
            tail[0] = Math.fma(r, r, tail[0]);
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

    /** The scalar definitions; the lane sums take whole blocks only ({@code full} a multiple of 16). */
    static final class Scalar {
        private Scalar() {
        }

        /** {@link Lanes#rows} for the samples from {@code from} to {@code length}. */
        static void rows(float[] a, int ao, int ar, int aq, int rows, int inner, float[] in, int io, int is, float[] out,
                int oo, int os, int from, int length) {
            for (int r = 0; r < rows; r++) {
                for (int s = from; s < length; s++) {
                    float acc = out[oo + r * os + s];
                    for (int q = 0; q < inner; q++) {
                        acc = Math.fma(a[ao + r * ar + q * aq], in[io + q * is + s], acc);
                    }
                    out[oo + r * os + s] = acc;
                }
            }
        }

        static void dots(float[] x, int xo, int xs, int xRows, float[] y, int yo, int ys, int yRows, int full,
                float[] lanes) {
            for (int r1 = 0; r1 < xRows; r1++) {
                for (int r2 = 0; r2 < yRows; r2++) {
                    int lo = (r1 * yRows + r2) * LANES;
                    for (int s = 0; s < full; s += LANES) {
                        for (int l = 0; l < LANES; l++) {
                            lanes[lo + l] = Math.fma(x[xo + r1 * xs + s + l], y[yo + r2 * ys + s + l], lanes[lo + l]);
                        }
                    }
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
                    float r = dz(z, zo + s + l, x, xo + s + l, scale);
                    lanes[l] = Math.fma(r, r, lanes[l]);
                }
            }
        }

        /** One entry of the residual pass: writes its dz and returns its r. */
        static float dz(float[] z, int ze, float[] x, int xe, float scale) {
            float v = z[ze];
            float r = Math.max(v, 0f) - x[xe];
            z[ze] = v > 0f ? scale * r : 0f;
            return r;
        }

        static void threshold(float[] x, int xo, int length, float p) {
            for (int s = 0; s < length; s++) {
                float u = x[xo + s];
                x[xo + s] = u < p ? u / p : 0f;
            }
        }
    }
}
