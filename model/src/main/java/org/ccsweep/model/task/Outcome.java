package org.ccsweep.model.task;

import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;

/** One run of a lock-step group ({@link Task#executeTogether}): its result, or why it failed (exactly one is null). */
public record Outcome(RunSpec spec, RunResult result, RuntimeException failure) {
    public Outcome {
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("an outcome has a result or a failure, not both or neither");
        }
    }
}
