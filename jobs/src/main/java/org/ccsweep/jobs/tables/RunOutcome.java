package org.ccsweep.jobs.tables;

import java.io.Serializable;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;

/**
 * What one task returns for a run: the run, where it trained, and either its result or its failure
 * ({@code error} = exception class and message; {@code errorTrace} = the top frames of its stack trace
 * and of its causes'). A failed run still gets a row in {@code runs}, and nothing in the other tables.
 */
public record RunOutcome(RunSpec spec, Placement placement, RunResult result, String error, String errorTrace)
        implements Serializable {

    /** Frames of a failure's stack trace kept in {@code runs.error_trace}, and of each cause's. */
    static final int FRAMES = 8;

    public RunOutcome {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome has a result or an error, not both or neither");
        }
    }

    public static RunOutcome ok(RunResult result, Placement placement) {
        return new RunOutcome(result.spec(), placement, result, null, null);
    }

    public static RunOutcome failed(RunSpec spec, Placement placement, Throwable error) {
        return new RunOutcome(spec, placement, null, describe(error), trace(error));
    }

    /** The error column of a failure: the exception's class name, and its message after ": " when it has one. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getName() + (message == null ? "" : ": " + message);
    }

    /**
     * The error_trace column: the top {@value #FRAMES} frames of the failure, one per line ({@code at ...}),
     * then for each cause a {@code caused by} line and its top frames.
     */
    static String trace(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != error) {
                sb.append("caused by ").append(describe(t)).append('\n');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                sb.append("  at ").append(frames[i]).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    public boolean ok() {
        return result != null;
    }
}
