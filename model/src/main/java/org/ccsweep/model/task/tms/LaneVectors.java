package org.ccsweep.model.task.tms;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Lanes}' loops on the incubator Vector API, for when the JVM has the module: the widest vectors the CPU has,
 * as long as they divide the 16 lanes of {@link Lanes}' order (4, 8 or 16 floats), so that every element sees the
 * scalar definition's operations in its order. {@link #rows} computes 4 rows × 2 vectors of its output per pass over
 * the inner index, and {@link #dots} (with 16-float vectors) 2 × 4 pairs per pass over the samples, so that each
 * vector loaded serves several fused multiply-adds; the accumulators are locals, never arrays of vectors, which C2
 * could not keep in registers. Elementwise loops return how far they went and leave the rest to {@link Lanes}; the
 * sums take the whole blocks. Only {@link Lanes} calls this class, and only when the module is there: loading it
 * without the module fails.
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

    /** {@link Lanes#rows} for the samples below the last whole vector; @return how many samples that is */
    static int rows(float[] a, int ao, int ar, int aq, int rows, int inner, float[] in, int io, int is, float[] out,
            int oo, int os, int length) {
        int done = length - length % WIDTH;
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int s = 0;
            for (; s + 2 * WIDTH <= done; s += 2 * WIDTH) {
                fourRowsTwoVectors(a, ao + r * ar, ar, aq, inner, in, io + s, is, out, oo + r * os + s, os);
            }
            for (; s < done; s += WIDTH) {
                fourRowsOneVector(a, ao + r * ar, ar, aq, inner, in, io + s, is, out, oo + r * os + s, os);
            }
        }
        for (; r < rows; r++) {
            for (int s = 0; s < done; s += WIDTH) {
                FloatVector c = FloatVector.fromArray(SPECIES, out, oo + r * os + s);
                for (int q = 0; q < inner; q++) {
                    c = FloatVector.fromArray(SPECIES, in, io + q * is + s).fma(broadcast(a[ao + r * ar + q * aq]), c);
                }
                c.intoArray(out, oo + r * os + s);
            }
        }
        return done;
    }

    private static void fourRowsTwoVectors(float[] a, int ao, int ar, int aq, int inner, float[] in, int io, int is,
            float[] out, int oo, int os) {
        FloatVector c00 = FloatVector.fromArray(SPECIES, out, oo);
        FloatVector c01 = FloatVector.fromArray(SPECIES, out, oo + WIDTH);
        FloatVector c10 = FloatVector.fromArray(SPECIES, out, oo + os);
        FloatVector c11 = FloatVector.fromArray(SPECIES, out, oo + os + WIDTH);
        FloatVector c20 = FloatVector.fromArray(SPECIES, out, oo + 2 * os);
        FloatVector c21 = FloatVector.fromArray(SPECIES, out, oo + 2 * os + WIDTH);
        FloatVector c30 = FloatVector.fromArray(SPECIES, out, oo + 3 * os);
        FloatVector c31 = FloatVector.fromArray(SPECIES, out, oo + 3 * os + WIDTH);
        for (int q = 0; q < inner; q++) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, in, io + q * is);
            FloatVector x1 = FloatVector.fromArray(SPECIES, in, io + q * is + WIDTH);
            int at = ao + q * aq;
            FloatVector a0 = broadcast(a[at]);
            FloatVector a1 = broadcast(a[at + ar]);
            FloatVector a2 = broadcast(a[at + 2 * ar]);
            FloatVector a3 = broadcast(a[at + 3 * ar]);
            c00 = x0.fma(a0, c00);
            c01 = x1.fma(a0, c01);
            c10 = x0.fma(a1, c10);
            c11 = x1.fma(a1, c11);
            c20 = x0.fma(a2, c20);
            c21 = x1.fma(a2, c21);
            c30 = x0.fma(a3, c30);
            c31 = x1.fma(a3, c31);
        }
        c00.intoArray(out, oo);
        c01.intoArray(out, oo + WIDTH);
        c10.intoArray(out, oo + os);
        c11.intoArray(out, oo + os + WIDTH);
        c20.intoArray(out, oo + 2 * os);
        c21.intoArray(out, oo + 2 * os + WIDTH);
        c30.intoArray(out, oo + 3 * os);
        c31.intoArray(out, oo + 3 * os + WIDTH);
    }

    private static void fourRowsOneVector(float[] a, int ao, int ar, int aq, int inner, float[] in, int io, int is,
            float[] out, int oo, int os) {
        FloatVector c0 = FloatVector.fromArray(SPECIES, out, oo);
        FloatVector c1 = FloatVector.fromArray(SPECIES, out, oo + os);
        FloatVector c2 = FloatVector.fromArray(SPECIES, out, oo + 2 * os);
        FloatVector c3 = FloatVector.fromArray(SPECIES, out, oo + 3 * os);
        for (int q = 0; q < inner; q++) {
            FloatVector x = FloatVector.fromArray(SPECIES, in, io + q * is);
            int at = ao + q * aq;
            c0 = x.fma(broadcast(a[at]), c0);
            c1 = x.fma(broadcast(a[at + ar]), c1);
            c2 = x.fma(broadcast(a[at + 2 * ar]), c2);
            c3 = x.fma(broadcast(a[at + 3 * ar]), c3);
        }
        c0.intoArray(out, oo);
        c1.intoArray(out, oo + os);
        c2.intoArray(out, oo + 2 * os);
        c3.intoArray(out, oo + 3 * os);
    }

    /** {@link Lanes#dots} over the first {@code full} samples (a multiple of 16), into the pairs' lanes. */
    static void dots(float[] x, int xo, int xs, int xRows, float[] y, int yo, int ys, int yRows, int full,
            float[] lanes) {
        int r1 = 0;
        if (PER_BLOCK == 1) {
            for (; r1 + 2 <= xRows; r1 += 2) {
                int r2 = 0;
                for (; r2 + 4 <= yRows; r2 += 4) {
                    twoByFour(x, xo + r1 * xs, xs, y, yo + r2 * ys, ys, full, lanes, (r1 * yRows + r2) * Lanes.LANES,
                            yRows * Lanes.LANES);
                }
                for (; r2 < yRows; r2++) {
                    pair(x, xo + r1 * xs, y, yo + r2 * ys, full, lanes, (r1 * yRows + r2) * Lanes.LANES);
                    pair(x, xo + (r1 + 1) * xs, y, yo + r2 * ys, full, lanes, ((r1 + 1) * yRows + r2) * Lanes.LANES);
                }
            }
        }
        for (; r1 < xRows; r1++) {
            for (int r2 = 0; r2 < yRows; r2++) {
                pair(x, xo + r1 * xs, y, yo + r2 * ys, full, lanes, (r1 * yRows + r2) * Lanes.LANES);
            }
        }
    }

    /** Two x rows against four y rows, 16-float vectors: the eight pairs' lanes at lo + i · next + j · 16. */
    private static void twoByFour(float[] x, int xo, int xs, float[] y, int yo, int ys, int full, float[] lanes, int lo,
            int next) {
        FloatVector c00 = FloatVector.fromArray(SPECIES, lanes, lo);
        FloatVector c01 = FloatVector.fromArray(SPECIES, lanes, lo + Lanes.LANES);
        FloatVector c02 = FloatVector.fromArray(SPECIES, lanes, lo + 2 * Lanes.LANES);
        FloatVector c03 = FloatVector.fromArray(SPECIES, lanes, lo + 3 * Lanes.LANES);
        FloatVector c10 = FloatVector.fromArray(SPECIES, lanes, lo + next);
        FloatVector c11 = FloatVector.fromArray(SPECIES, lanes, lo + next + Lanes.LANES);
        FloatVector c12 = FloatVector.fromArray(SPECIES, lanes, lo + next + 2 * Lanes.LANES);
        FloatVector c13 = FloatVector.fromArray(SPECIES, lanes, lo + next + 3 * Lanes.LANES);
        for (int s = 0; s < full; s += Lanes.LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, x, xo + s);
            FloatVector x1 = FloatVector.fromArray(SPECIES, x, xo + xs + s);
            FloatVector y0 = FloatVector.fromArray(SPECIES, y, yo + s);
            FloatVector y1 = FloatVector.fromArray(SPECIES, y, yo + ys + s);
            FloatVector y2 = FloatVector.fromArray(SPECIES, y, yo + 2 * ys + s);
            FloatVector y3 = FloatVector.fromArray(SPECIES, y, yo + 3 * ys + s);
            c00 = x0.fma(y0, c00);
            c01 = x0.fma(y1, c01);
            c02 = x0.fma(y2, c02);
            c03 = x0.fma(y3, c03);
            c10 = x1.fma(y0, c10);
            c11 = x1.fma(y1, c11);
            c12 = x1.fma(y2, c12);
            c13 = x1.fma(y3, c13);
        }
        c00.intoArray(lanes, lo);
        c01.intoArray(lanes, lo + Lanes.LANES);
        c02.intoArray(lanes, lo + 2 * Lanes.LANES);
        c03.intoArray(lanes, lo + 3 * Lanes.LANES);
        c10.intoArray(lanes, lo + next);
        c11.intoArray(lanes, lo + next + Lanes.LANES);
        c12.intoArray(lanes, lo + next + 2 * Lanes.LANES);
        c13.intoArray(lanes, lo + next + 3 * Lanes.LANES);
    }

    /** One pair's lanes at lo, a block of 16 being 1, 2 or 4 vectors. */
    private static void pair(float[] x, int xo, float[] y, int yo, int full, float[] lanes, int lo) {
        FloatVector a0 = lane(lanes, lo, 0);
        FloatVector a1 = lane(lanes, lo, 1);
        FloatVector a2 = lane(lanes, lo, 2);
        FloatVector a3 = lane(lanes, lo, 3);
        for (int s = 0; s < full; s += Lanes.LANES) {
            a0 = product(x, xo + s, y, yo + s, a0);
            if (PER_BLOCK > 1) {
                a1 = product(x, xo + s + WIDTH, y, yo + s + WIDTH, a1);
            }
            if (PER_BLOCK > 2) {
                a2 = product(x, xo + s + 2 * WIDTH, y, yo + s + 2 * WIDTH, a2);
                a3 = product(x, xo + s + 3 * WIDTH, y, yo + s + 3 * WIDTH, a3);
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
            a0 = residual(z, zo + s, x, xo + s, scale, a0);
            if (PER_BLOCK > 1) {
                a1 = residual(z, zo + s + WIDTH, x, xo + s + WIDTH, scale, a1);
            }
            if (PER_BLOCK > 2) {
                a2 = residual(z, zo + s + 2 * WIDTH, x, xo + s + 2 * WIDTH, scale, a2);
                a3 = residual(z, zo + s + 3 * WIDTH, x, xo + s + 3 * WIDTH, scale, a3);
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

    private static FloatVector broadcast(float a) {
        return FloatVector.broadcast(SPECIES, a);
    }

    private static FloatVector product(float[] x, int xAt, float[] y, int yAt, FloatVector acc) {
        return FloatVector.fromArray(SPECIES, x, xAt).fma(FloatVector.fromArray(SPECIES, y, yAt), acc);
    }

    /** One vector of the residual pass: writes its dz, returns acc + r² (fused). */
    private static FloatVector residual(float[] z, int zAt, float[] x, int xAt, float scale, FloatVector acc) {
        FloatVector v = FloatVector.fromArray(SPECIES, z, zAt);
        FloatVector r = v.max(0f).sub(FloatVector.fromArray(SPECIES, x, xAt));
        VectorMask<Float> positive = v.compare(VectorOperators.GT, 0f);
        FloatVector.zero(SPECIES).blend(r.mul(scale), positive).intoArray(z, zAt);
        return r.fma(r, acc);
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
