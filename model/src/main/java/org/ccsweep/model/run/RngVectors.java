package org.ccsweep.model.run;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Rng}'s bulk draws, 8 at a time in 512-bit vectors: lane l of a block computes the draw
 * mix64(state + (l + 1) · γ) that the l-th of 8 one-number calls would, and converts it with the
 * same operations in the same order, each exactly rounded as in the scalar code. Where a lane would
 * take a scalar branch, scalar code takes it: a block with a rejected {@link Rng#nextInt} draw is
 * drawn by the one-number calls instead, and a lane whose k passes the branch-free table entries
 * finishes its search from the same draw. Results leave the kernels through arrays (the block's
 * lanes via {@code Rng.lanes}), never as vectors returned from a helper, which C2 would box
 * whenever it left the helper out of line. Each method returns how many of the {@code count}
 * numbers it wrote, whole blocks from the start; {@code RngBulkTest} checks every one against the
 * scalar calls. Only {@link Rng} calls this class, and only when
 * {@link VectorSupport#ENABLED}: loading it without the module fails.
 */
final class RngVectors {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_512;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_512;
    private static final int LANES = LONGS.length();
    private static final long[] LANE_STEPS = new long[LANES];
    private static final VectorMask<Float> UPPER_HALF = VectorMask.fromLong(FLOATS, 0xFF00L);

    static {
        for (int l = 0; l < LANES; l++) {
            LANE_STEPS[l] = (l + 1) * Rng.GOLDEN_GAMMA;
        }
    }

    private RngVectors() {
    }

    /**
     * Whether this CPU has 512-bit vectors, and with them (AVX-512) 64-bit multiplies and conversions
     * that C2 compiles to single instructions; narrower machines draw one number at a time.
     */
    static boolean supported() {
        return LongVector.SPECIES_PREFERRED.vectorBitSize() >= 512;
    }

    /**
     * The raw draws of the next 8 one-number calls (mix64 of the next 8 states) into {@code lanes},
     * without advancing. The kernels reload them from there: a helper that returned the vector would
     * box it whenever C2 left the helper out of line.
     */
    private static void draws(long state, long[] lanes) {
        LongVector z = LongVector.fromArray(LONGS, LANE_STEPS, 0).add(state);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31)).intoArray(lanes, 0);
    }

    /**
     * (float) (a + (b − a) · u) per lane, u = (draw &gt;&gt;&gt; 11) · 2^−53 (exact), each operation rounded
     * as in {@link Rng#uniform}; two blocks of doubles fill one 512-bit float vector (lanes 0..7 and
     * 8..15), the species the training step's kernels use (a second float species in the same JVM
     * would make C2 box both).
     */
    static int floats(Rng rng, float[] out, int from, int count, double a, double b) {
        long[] lanes = rng.lanes;
        double width = b - a;
        int e = from;
        for (; e + 2 * LANES <= from + count; e += 2 * LANES) {
            draws(rng.state, lanes);
            DoubleVector u = ((DoubleVector) LongVector.fromArray(LONGS, lanes, 0).lanewise(VectorOperators.LSHR, 11)
                    .convert(VectorOperators.L2D, 0)).mul(0x1.0p-53);
            FloatVector low = (FloatVector) u.mul(width).add(a).convertShape(VectorOperators.D2F, FLOATS, 0);
            draws(rng.state + LANES * Rng.GOLDEN_GAMMA, lanes);
            u = ((DoubleVector) LongVector.fromArray(LONGS, lanes, 0).lanewise(VectorOperators.LSHR, 11)
                    .convert(VectorOperators.L2D, 0)).mul(0x1.0p-53);
            FloatVector high = (FloatVector) u.mul(width).add(a).convertShape(VectorOperators.D2F, FLOATS, -1);
            low.blend(high, UPPER_HALF).intoArray(out, e);
            rng.state += 2 * LANES * Rng.GOLDEN_GAMMA;
        }
        return e - from;
    }

    /** Lemire's multiply per lane; a block with a lane in the rejection zone (low &lt; bound) goes scalar. */
    static int ints(Rng rng, int[] out, int from, int count, int bound) {
        long[] lanes = rng.lanes;
        int e = from;
        for (; e + LANES <= from + count; e += LANES) {
            draws(rng.state, lanes);
            LongVector high = LongVector.fromArray(LONGS, lanes, 0).lanewise(VectorOperators.LSHR, 32);
            LongVector product = high.mul(bound);
            if (product.and(0xFFFFFFFFL).compare(VectorOperators.LT, bound).anyTrue()) {
                for (int l = 0; l < LANES; l++) {
                    out[e + l] = rng.nextInt(bound);
                }
                continue;
            }
            product.lanewise(VectorOperators.LSHR, 32).intoArray(lanes, 0);
            for (int l = 0; l < LANES; l++) {
                out[e + l] = (int) lanes[l];
            }
            rng.state += LANES * Rng.GOLDEN_GAMMA;
        }
        return e - from;
    }

    /**
     * The branch-free count of the first {@code counted} entries at or below each lane's u, compared
     * as integers: u ≥ c ⟺ bits ≥ ⌈c · 2^53⌉, both sides exact. A block with a lane whose count
     * reaches {@code counted} finishes that lane's search in scalar.
     */
    static int inverseCdf(Rng rng, double[] cdf, int counted, int[] out, int from, int count) {
        long[] lanes = rng.lanes;
        long[] thresholds = rng.thresholds;
        for (int t = 0; t < counted; t++) {
            thresholds[t] = (long) Math.ceil(cdf[t] * 0x1.0p53);
        }
        LongVector one = LongVector.broadcast(LONGS, 1L);
        int e = from;
        for (; e + LANES <= from + count; e += LANES) {
            draws(rng.state, lanes);
            LongVector bits = LongVector.fromArray(LONGS, lanes, 0).lanewise(VectorOperators.LSHR, 11);
            LongVector k = bits.lanewise(VectorOperators.XOR, bits);
            for (int t = 0; t < counted; t++) {
                k = k.add(one, bits.compare(VectorOperators.GE, thresholds[t]));
            }
            k.intoArray(lanes, 0);
            for (int l = 0; l < LANES; l++) {
                out[e + l] = (int) lanes[l];
            }
            if (k.compare(VectorOperators.EQ, counted).anyTrue()) {
                for (int l = 0; l < LANES; l++) {
                    double u = (Rng.mix64(rng.state + (l + 1) * Rng.GOLDEN_GAMMA) >>> 11) * 0x1.0p-53;
                    out[e + l] = Rng.search(cdf, u, out[e + l]);
                }
            }
            rng.state += LANES * Rng.GOLDEN_GAMMA;
        }
        return e - from;
    }
}
