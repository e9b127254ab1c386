package org.ccsweep.model.run;

/**
 * A small, fully specified random number generator (SplitMix64, Steele et al. 2014), so that a seed
 * means the same numbers on every JVM, forever. Not thread-safe: one instance per stream.
 *
 * <p>The bulk methods ({@link #nextFloats}, {@link #nextInts}, {@link #nextInverseCdf}) fill an array
 * with exactly the numbers that as many calls of the one-number method would return. SplitMix64 is
 * counter-based (the i-th draw from here is mix64(state + i · γ)), so where the Vector API is there
 * with 512-bit vectors ({@link RngVectors}) they compute 8 draws at once, with the same bits.
 */
public final class Rng {
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final int MAX_COUNTED_WITHOUT_BRANCHES = 16;
    private static final boolean VECTORS = VectorSupport.ENABLED && RngVectors.supported();

    long state;
    /** {@link RngVectors}' scratch: one vector's lanes, and the integer thresholds of a table's branch-free entries. */
    final long[] lanes = new long[8];
    final long[] thresholds = new long[MAX_COUNTED_WITHOUT_BRANCHES];
    private double spareGaussian;
    private boolean hasSpare;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The SplitMix64 finaliser: a bijective mix of 64 bits. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, 1), 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [a, b). */
    public double uniform(double a, double b) {
        return a + (b - a) * nextDouble();
    }

    /** Uniform in {0, …, bound − 1}, without modulo bias (Lemire's multiply-and-reject). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long r = nextLong() >>> 32;
        long m = r * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                r = nextLong() >>> 32;
                m = r * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** out[from + i] = (float) {@link #uniform}(a, b) for i = 0..count − 1, in order. */
    public void nextFloats(float[] out, int from, int count, double a, double b) {
        int done = VECTORS ? RngVectors.floats(this, out, from, count, a, b) : 0;
        for (int e = from + done; e < from + count; e++) {
            out[e] = (float) uniform(a, b);
        }
    }

    /** out[from + i] = {@link #nextInt}(bound) for i = 0..count − 1, in order. */
    public void nextInts(int[] out, int from, int count, int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int done = VECTORS ? RngVectors.ints(this, out, from, count, bound) : 0;
        for (int e = from + done; e < from + count; e++) {
            out[e] = nextInt(bound);
        }
    }

    /**
     * out[from + i] = the first k with {@link #nextDouble}() &lt; cdf[k], one draw each, for
     * i = 0..count − 1, in order: k drawn by inverting a cumulative distribution. {@code cdf} must be
     * non-decreasing and end in 1.
     */
    public void nextInverseCdf(double[] cdf, int[] out, int from, int count) {
        int counted = countedWithoutBranches(cdf);
        int done = VECTORS ? RngVectors.inverseCdf(this, cdf, counted, out, from, count) : 0;
        for (int e = from + done; e < from + count; e++) {
            double u = nextDouble();
            int k = 0;
            for (int t = 0; t < counted; t++) {
                k += u >= cdf[t] ? 1 : 0;
            }
            out[e] = search(cdf, u, k);
        }
    }

    /**
     * The entries below the first that is ≥ 0.99 (at most 16), where almost every k ends: they are
     * compared without branches, and the rest searched.
     */
    static int countedWithoutBranches(double[] cdf) {
        int t = 0;
        while (t < Math.min(cdf.length - 1, MAX_COUNTED_WITHOUT_BRANCHES) && cdf[t] < 0.99) {
            t++;
        }
        return t;
    }

    /** The first k' ≥ k with u &lt; cdf[k']. */
    static int search(double[] cdf, double u, int k) {
        while (u >= cdf[k]) {
            k++;
        }
        return k;
    }

    /** Standard normal by the Box–Muller transform; the second value of each pair is kept for the next call. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        double radius = Math.sqrt(-2.0 * Math.log(u1));
        double angle = 2.0 * Math.PI * u2;
        spareGaussian = radius * Math.sin(angle);
        hasSpare = true;
        return radius * Math.cos(angle);
    }
}
