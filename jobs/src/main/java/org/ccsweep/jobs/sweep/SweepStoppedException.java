package org.ccsweep.jobs.sweep;

/**
 * The sweep stopped before its end on a fault outside any run's own failure: a JVM error in a task
 * ({@link RunsStoppedException}) or a Spark job that failed. Nothing of the chunks in flight was
 * recorded; what was committed stays, and running the sweep again resumes it. The message is one line.
 */
public final class SweepStoppedException extends RuntimeException {
    SweepStoppedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception for a Spark job of the sweep that failed with {@code failure}. */
    static SweepStoppedException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RunsStoppedException stopped) {
                return new SweepStoppedException("the sweep stopped: " + stopped.getMessage()
                        + "; the runs of its chunk were not recorded, and running the sweep again retries them", failure);
            }
        }
        String message = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        return new SweepStoppedException("the sweep stopped: a Spark job failed: " + message
                + "; what was committed stays, and running the sweep again resumes it", failure);
    }
}
