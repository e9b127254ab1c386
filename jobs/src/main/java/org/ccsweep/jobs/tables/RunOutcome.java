package org.ccsweep.jobs.tables;

import java.io.Serializable;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;

/**
 * What one task returns: the run, where it trained, and either its result or its failure
 * ({@code error} = exception class and message). A failed run still gets a row in {@code runs}, and
 * nothing in the other tables.
 */
public record RunOutcome(RunSpec spec, Placement placement, RunResult result, String error) implements Serializable {

    public RunOutcome {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome has a result or an error, not both or neither");
        }
    }

    public static RunOutcome ok(RunResult result, Placement placement) {
        return new RunOutcome(result.spec(), placement, result, null);
    }

    public static RunOutcome failed(RunSpec spec, Placement placement, Throwable error) {
        return new RunOutcome(spec, placement, null, describe(error));
    }

    /** The error column of a failure: the exception's class name, and its message after ": " when it has one. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getName() + (message == null ? "" : ": " + message);
    }

    public boolean ok() {
        return result != null;
    }
}
