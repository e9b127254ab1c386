package org.ccsweep.jobs.sweep;

/**
 * What a sweep did.
 *
 * @param total   runs in the sweep
 * @param skipped runs already in the output, not trained again
 * @param trained runs trained now
 * @param failed  runs trained now that failed
 */
public record SweepReport(int total, int skipped, int trained, long failed) {
}
