package org.ccsweep.jobs.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * The chunks of a sweep as Spark jobs, a window at a time: enough chunks in flight to keep every task
 * slot busy (twice the slots' worth plus one, at least {@link #MIN_WINDOW}), the next submitted as one
 * completes. The default FIFO scheduler runs them in order, so no core idles at a chunk boundary,
 * while the driver holds a bounded number of jobs, not one per chunk of a 10,000-run sweep.
 *
 * <p>Each task's results reach the driver as the task finishes, whatever its chunk and whether the
 * chunks before it are done; {@link #next} returns every result that has arrived, so that the driver
 * commits them as one set of files. A kill then loses only the tasks still running and the results
 * the driver was committing: when runs are short and commits the bottleneck, commits batch
 * themselves and the output holds few files.
 */
final class ChunkWindow<T, R> {
    /**
     * Chunks in flight at least, so that short runs keep finishing while the driver commits and the
     * next commit takes them all. Queued chunks cost a killed sweep nothing: only runs that started.
     */
    static final int MIN_WINDOW = 64;
    /** How often a driver waiting for results looks whether a job failed. */
    private static final long FAILURE_CHECK_MILLIS = 200;

    /** A submitted chunk: its job and how many of its tasks have delivered their results. */
    private record Job(SimpleFutureAction<BoxedUnit> action, int tasks, AtomicInteger delivered) {
    }

    private final JavaSparkContext jsc;
    private final int chunkSize;
    private final List<List<T>> chunks;
    private final Function<List<T>, JavaRDD<R>> rdd;
    private final BlockingQueue<List<R>> arrived = new LinkedBlockingQueue<>();
    private final List<Job> inFlight = new ArrayList<>();
    private int submitted;
    private int tasksLeft;

    /**
     * @param rdd a chunk's computation, one partition per task; each partition's elements are that
     *            task's results
     */
    ChunkWindow(JavaSparkContext jsc, List<T> pending, int chunkSize, Function<List<T>, JavaRDD<R>> rdd) {
        this.jsc = jsc;
        this.rdd = rdd;
        this.chunkSize = chunkSize;
        List<List<T>> split = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += chunkSize) {
            split.add(pending.subList(from, Math.min(pending.size(), from + chunkSize)));
        }
        this.chunks = split;
        fill();
    }

    /** Whether a task has results still to deliver. */
    boolean hasNext() {
        return tasksLeft > 0 || submitted < chunks.size();
    }

    /**
     * Waits until at least one task has finished; returns the results of every task finished since
     * the last call (in the order they arrived).
     *
     * @throws SweepStoppedException when a chunk's Spark job failed
     */
    List<R> next() {
        List<List<R>> batch = new ArrayList<>();
        while (batch.isEmpty()) {
            failIfAJobFailed();
            try {
                List<R> first = arrived.poll(FAILURE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    arrived.drainTo(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a chunk", e);
            }
        }
        tasksLeft -= batch.size();
        inFlight.removeIf(job -> job.delivered().get() == job.tasks());
        fill();
        List<R> results = new ArrayList<>();
        batch.forEach(results::addAll);
        return results;
    }

    private void failIfAJobFailed() {
        for (Job job : inFlight) {
            if (job.action().isCompleted()) {
                Try<BoxedUnit> outcome = job.action().value().get();
                if (outcome.isFailure()) {
                    throw SweepStoppedException.of(outcome.failed().get());
                }
            }
        }
    }

    /** Submits chunks until the window is full; the window grows as executors register. */
    private void fill() {
        int slots = Math.max(1, jsc.defaultParallelism());
        int window = Math.max(MIN_WINDOW, 2 * ((slots + chunkSize - 1) / chunkSize) + 1);
        while (submitted < chunks.size() && inFlight.size() < window) {
            inFlight.add(submit(rdd.apply(chunks.get(submitted++))));
        }
    }

    /** Runs the chunk as one job whose tasks each hand their results to {@link #arrived} as they finish. */
    private Job submit(JavaRDD<R> chunk) {
        int tasks = chunk.getNumPartitions();
        AtomicInteger delivered = new AtomicInteger();
        BlockingQueue<List<R>> queue = arrived;
        Function2<Object, List<R>, BoxedUnit> handler = (partition, results) -> {
            delivered.incrementAndGet();
            queue.add(results);
            return BoxedUnit.UNIT;
        };
        Function0<BoxedUnit> done = () -> BoxedUnit.UNIT;
        List<Object> partitions = IntStream.range(0, tasks).boxed().map(i -> (Object) i).toList();
        SimpleFutureAction<BoxedUnit> action = jsc.sc().submitJob(chunk.rdd(), ChunkWindow.<R>collect(),
                CollectionConverters.asScala(partitions).toSeq(), handler, done);
        tasksLeft += tasks;
        return new Job(action, tasks, delivered);
    }

    /** A task's results as a list, serializable to ship to the executors. */
    private static <R> Function1<scala.collection.Iterator<R>, List<R>> collect() {
        return (Function1<scala.collection.Iterator<R>, List<R>> & Serializable) partition -> {
            List<R> results = new ArrayList<>();
            Iterator<R> it = CollectionConverters.asJava(partition);
            it.forEachRemaining(results::add);
            return results;
        };
    }
}
