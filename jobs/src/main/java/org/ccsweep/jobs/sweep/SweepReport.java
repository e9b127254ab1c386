package org.ccsweep.jobs.sweep;

/**
 * What a sweep did, for its runs and for its baseline tasks.
 *
 * @param runs      the runs (none when baselines.only)
 * @param baselines the baseline tasks (none without baselines.kinds)
 */
public record SweepReport(Tally runs, Tally baselines) {

    /** Whether any run or baseline task of the sweep is recorded as failed, now or by an earlier attempt. */
    public boolean anyFailed() {
        return runs.failed() > 0 || baselines.failed() > 0;
    }

    /**
     * @param total     tasks in the sweep
     * @param skipped   tasks already in the output, not computed again
     * @param computed  tasks computed now
     * @param failedNow tasks computed now that failed
     * @param failed    tasks of the sweep recorded as failed in the output, now or by an earlier attempt
     */
    public record Tally(int total, int skipped, int computed, long failedNow, long failed) {
        /** A sweep without such tasks. */
        public static final Tally NONE = new Tally(0, 0, 0, 0, 0);
    }
}
