package org.ccsweep.model.task;

import java.util.List;
import org.ccsweep.model.run.RunSpec;

/**
 * A task's trainer of many runs at once (a group) on one device, opened on the machine that trains them
 * ({@link Task#openGroupDevice}): a GPU, or the Java reference of the same algorithm on the CPU. Training
 * is the device's; each run is then evaluated on the CPU by the evaluator the task's CPU path uses. Use it
 * from the thread that opened it, and close it.
 */
public interface GroupDevice extends AutoCloseable {
    /** What the runs it trains record as their backend: {@code cuda:<device name>}, or {@code cuda-reference}. */
    String backend();

    /**
     * Trains runs that share a {@link GroupFit#key()} together, then evaluates each, up to {@code threads}
     * at once. A run that diverges, or whose evaluation throws, fails alone; outcome i is run i's.
     *
     * @throws IllegalArgumentException when the runs do not share a group key
     */
    List<Outcome> execute(List<RunSpec> specs, int threads);

    /** Releases the device (its memory and context). */
    @Override
    void close();
}
