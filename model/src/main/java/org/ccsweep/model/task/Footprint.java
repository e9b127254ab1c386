package org.ccsweep.model.task;

import org.ccsweep.model.run.Key;

/**
 * The memory one run needs while it trains, estimated from its shapes before anything starts, so that
 * a sweep that cannot fit stops at once with what it needs and what there is, not with an
 * {@link OutOfMemoryError} in every task.
 *
 * @param bytes   the estimate, heap and native memory together
 * @param key     the key whose value drives it, named in the error
 * @param formula how the estimate is made, in the keys' terms ("40 B n + 24 B d + 16 n² bytes")
 */
public record Footprint(long bytes, Key<?> key, String formula) {
}
