package org.ccsweep.jobs.sweep;

import java.util.List;
import org.ccsweep.model.run.RunSpec;

/**
 * A JVM {@link Error} hit while a task trained its runs (out of memory, a native library that does
 * not load, a class that cannot be initialised): a fault of the machine or the build, not of the runs.
 * Thrown from the Spark task, it fails the Spark job instead of recording the runs as failed, so the
 * driver stops the sweep with this message and a resume trains the runs again. An exception, not an
 * error, and without the error as its cause (Spark's executor looks for fatal errors down the causes
 * and ends its JVM on one), so that Spark reports it as the task's failure; the message names the error.
 */
public final class RunsStoppedException extends RuntimeException {
    RunsStoppedException(List<RunSpec> group, Error cause) {
        super("run " + group.get(0).id() + (group.size() > 1 ? " (and " + (group.size() - 1) + " more of its task)" : "")
                + " hit " + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + ", an error of the JVM, not of the run");
    }
}
