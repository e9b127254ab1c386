package org.ccsweep.jobs.sweep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The chunks of a sweep as Spark jobs, a window at a time: enough chunks in flight to keep every task
 * slot busy (twice the slots' worth plus one, at least {@link #MIN_WINDOW}), the next submitted as the
 * oldest completes. The default FIFO scheduler runs them in order, so no core idles at a chunk
 * boundary, while the driver holds a bounded number of jobs, not one per chunk of a 10,000-run sweep.
 *
 * <p>{@link #next} returns the oldest chunk's results together with those of every chunk after it
 * that is already done, so that the driver commits them as one set of files: when runs are short
 * and commits the bottleneck, commits batch themselves and the output holds few files.
 */
final class ChunkWindow<T, R> {
    /**
     * Chunks in flight at least, so that short runs keep finishing while the driver commits and the
     * next commit takes them all. Queued chunks cost a killed sweep nothing: only runs that started.
     */
    static final int MIN_WINDOW = 64;

    private final JavaSparkContext jsc;
    private final int chunkSize;
    private final List<List<T>> chunks;
    private final Function<List<T>, JavaFutureAction<List<R>>> submit;
    private final Deque<JavaFutureAction<List<R>>> inFlight = new ArrayDeque<>();
    private int submitted;

    ChunkWindow(JavaSparkContext jsc, List<T> pending, int chunkSize,
            Function<List<T>, JavaFutureAction<List<R>>> submit) {
        this.jsc = jsc;
        this.submit = submit;
        this.chunkSize = chunkSize;
        List<List<T>> split = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += chunkSize) {
            split.add(pending.subList(from, Math.min(pending.size(), from + chunkSize)));
        }
        this.chunks = split;
        fill();
    }

    boolean hasNext() {
        return !inFlight.isEmpty();
    }

    /** Waits for the oldest chunk; returns its results and those of the done chunks after it, in order. */
    List<R> next() {
        List<R> results = new ArrayList<>(await(inFlight.poll()));
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            results.addAll(await(inFlight.poll()));
        }
        fill();
        return results;
    }

    /** Submits chunks until the window is full; the window grows as executors register. */
    private void fill() {
        int slots = Math.max(1, jsc.defaultParallelism());
        int window = Math.max(MIN_WINDOW, 2 * ((slots + chunkSize - 1) / chunkSize) + 1);
        while (submitted < chunks.size() && inFlight.size() < window) {
            inFlight.add(submit.apply(chunks.get(submitted++)));
        }
    }

    private static <R> List<R> await(JavaFutureAction<List<R>> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chunk", e);
        } catch (ExecutionException e) {
            throw SweepStoppedException.of(e.getCause());
        }
    }
}
