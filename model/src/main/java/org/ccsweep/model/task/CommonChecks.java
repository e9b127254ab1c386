package org.ccsweep.model.task;

import java.util.Optional;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;

/** The rules on combinations of the keys every task's runs hold ({@link Keys}), checked before each task's own. */
public final class CommonChecks {
    private CommonChecks() {
    }

    /** The most entries a Java array holds (a little under 2^31 − 1, as the JVM reserves a few). */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * A violation blaming {@code key} when an array of {@code entries} entries ({@code what}, in the keys'
     * terms) cannot be allocated: its size must fit an int.
     */
    public static Optional<Violation> array(Key<?> key, Object value, String what, long entries, Key<?>... others) {
        return entries > MAX_ARRAY || entries < 0 ? Optional.of(Violation.of(key, value + " makes " + what + " of "
                + (entries < 0 ? "more than 2^63" : entries) + " entries, more than a Java array holds (" + MAX_ARRAY
                + ")", others)) : Optional.empty();
    }

    /** For a task whose hidden layer is a bottleneck: model.d-mlp ≤ model.n-features. */
    public static Optional<Violation> bottleneck(RunSpec raw) {
        return raw.dMlp() > raw.nFeatures() ? Optional.of(Violation.of(Keys.D_MLP, raw.dMlp()
                + " is not ≤ model.n-features (" + raw.nFeatures() + ")", Keys.N_FEATURES)) : Optional.empty();
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
