package org.ccsweep.model.task;

import java.util.List;
import org.ccsweep.model.run.Key;

/**
 * A combination of values that a task does not allow ({@link Task#check}): the key whose value is
 * blamed, what is wrong with it in words that name the other keys with their values
 * ({@code 75 is not ≤ model.n-features (50)}), and those other keys, so that the config reader can
 * blame the one the user set when the blamed one is a default.
 *
 * @param key     the key blamed
 * @param problem what is wrong, starting with the blamed value
 * @param others  the other keys the rule involves
 */
public record Violation(Key<?> key, String problem, List<Key<?>> others) {
    public Violation {
        others = List.copyOf(others);
    }

    public static Violation of(Key<?> key, String problem, Key<?>... others) {
        return new Violation(key, problem, List.of(others));
    }
}
