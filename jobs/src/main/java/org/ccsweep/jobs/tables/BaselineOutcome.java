package org.ccsweep.jobs.tables;

import java.io.Serializable;
import org.ccsweep.model.task.cc.baselines.BaselineResult;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;

/**
 * What one baseline task returns: the task, how long it took, and either its result or its failure
 * ({@code error} = exception class and message, as {@link RunOutcome}'s). A failed task gets one row in
 * {@code baselines} with its status and error, and nothing in {@code offset_scan}.
 *
 * @param seconds wall time of the task, until its result or its failure
 */
public record BaselineOutcome(BaselineSpec spec, BaselineResult result, String error, double seconds)
        implements Serializable {

    public BaselineOutcome {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome has a result or an error, not both or neither");
        }
    }

    public static BaselineOutcome ok(BaselineResult result, double seconds) {
        return new BaselineOutcome(result.spec(), result, null, seconds);
    }

    public static BaselineOutcome failed(BaselineSpec spec, Throwable error, double seconds) {
        return new BaselineOutcome(spec, null, RunOutcome.describe(error), seconds);
    }

    public boolean ok() {
        return result != null;
    }
}
