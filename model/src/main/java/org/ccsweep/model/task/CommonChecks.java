package org.ccsweep.model.task;

import java.util.Optional;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;

/** The rules on combinations of the keys every task's runs hold ({@link Keys}), checked before each task's own. */
public final class CommonChecks {
    private CommonChecks() {
    }

    public static Optional<Violation> check(RunSpec raw) {
        if (raw.curvePoints() > raw.steps()) {
            return Optional.of(Violation.of(Keys.CURVE_POINTS, raw.curvePoints() + " is not ≤ train.steps ("
                    + raw.steps() + ")", Keys.STEPS));
        }
        long pilot = raw.get(Keys.EVAL_PILOT_PER_K);
        if (raw.get(Keys.EVAL_MAX_SAMPLES) < pilot) {
            return Optional.of(Violation.of(Keys.EVAL_MAX_SAMPLES, raw.get(Keys.EVAL_MAX_SAMPLES)
                    + " is not ≥ eval.pilot-per-k (" + pilot + ")", Keys.EVAL_PILOT_PER_K));
        }
        return Optional.empty();
    }
}
