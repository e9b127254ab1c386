package org.ccsweep.jobs.sweep;

/**
 * What a sweep did.
 *
 * @param total   runs in the sweep
 * @param skipped runs already in the output, not trained again
 * @param trained runs trained now
 * @param failedNow runs trained now that failed
 * @param failed  runs of the sweep recorded as failed in the output, now or by an earlier attempt
 */
public record SweepReport(int total, int skipped, int trained, long failedNow, long failed) {
}
