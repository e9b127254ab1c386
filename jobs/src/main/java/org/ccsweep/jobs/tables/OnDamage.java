package org.ccsweep.jobs.tables;

/** What a sweep does when it opens an output with damaged chunks ({@link Verifier}). */
public enum OnDamage {
    /** Removes each damaged chunk (marker first, then its files), so that its runs and baseline tasks are computed again. */
    RECOMPUTE,
    /** Touches nothing and fails with a {@link DamagedOutputException}. */
    REFUSE
}
