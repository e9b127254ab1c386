package org.ccsweep.jobs.figures;

/**
 * SQL aggregate columns over a group of seeds, as the {@code aggregates} view computes them for L/p:
 * n, mean, and the 95 % interval mean ± t_{0.975, n−1} · std/√n (null ends for one seed).
 */
public final class SeedStats {
    private SeedStats() {
    }

    /** {@code n, mean, ci95_low, ci95_high} of the expression {@code value} over the group. */
    public static String of(String value) {
        String half = "t_quantile(0.975, count(*) - 1) * stddev_samp(" + value + ") / sqrt(count(*))";
        return "count(*) AS n, avg(" + value + ") AS mean, avg(" + value + ") - " + half + " AS ci95_low, avg("
                + value + ") + " + half + " AS ci95_high";
    }
}
