package org.ccsweep.jobs.config;

import java.util.List;
import org.ccsweep.model.run.Key;

/**
 * One axis of a sweep's grid: a key and the values the grid takes for it, in the order written.
 *
 * @param key    the key
 * @param name   how the sweep file names it: {@code sweep.grid.sigma}, or {@code sweep.grid."model.d-mlp"}
 *               for a key named by its full path
 * @param values its values, each of the key's type, distinct
 */
public record Axis(Key<?> key, String name, List<Object> values) {
    public Axis {
        values = List.copyOf(values);
    }
}
