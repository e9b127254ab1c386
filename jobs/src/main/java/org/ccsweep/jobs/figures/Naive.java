package org.ccsweep.jobs.figures;

/** The naive baseline of shared/science.md section 6: d of n features represented, the rest output 0. */
public final class Naive {
    /** L/p = (n − d)/(6n) = 1/12 at the paper's n = 100, d = 50, for M = 0. */
    public static final double LOSS_PER_FEATURE = 1.0 / 12;
    public static final String LABEL = "naive baseline, L/p = 1/12";

    private Naive() {
    }
}
