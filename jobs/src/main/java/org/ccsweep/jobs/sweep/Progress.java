package org.ccsweep.jobs.sweep;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

/**
 * Prints a line per finished task: runs and baseline tasks done / total (a task trains one run or a
 * lock-step group, or computes one baseline), failed so far, elapsed time and ETA (elapsed / done ×
 * remaining). The counts are the tasks' accumulators, which Spark merges before it announces the
 * task's end; only tasks of stages in the {@link #JOB_GROUP} job group print, each only when the
 * count has grown.
 */
final class Progress extends SparkListener {
    static final String JOB_GROUP = "ccsweep-train";

    private final PrintStream out;
    private final int total;
    private final LongAccumulator failures;
    private final LongAccumulator finished;
    private final long start = System.nanoTime();
    private final Set<Integer> trainingStages = ConcurrentHashMap.newKeySet();
    private long done;

    Progress(PrintStream out, int total, LongAccumulator failures, LongAccumulator finished) {
        this.out = out;
        this.total = total;
        this.failures = failures;
        this.finished = finished;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted event) {
        if (event.properties() != null && JOB_GROUP.equals(event.properties().getProperty("spark.jobGroup.id"))) {
            trainingStages.add(event.stageInfo().stageId());
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd event) {
        if (!trainingStages.contains(event.stageId()) || !event.taskInfo().successful()) {
            return;
        }
        long now = finished.value();
        if (now <= done) {
            return;
        }
        done = now;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration eta = elapsed.multipliedBy(total - done).dividedBy(done);
        out.printf("[ccsweep] %d/%d tasks done, %d failed, %s elapsed, ETA %s%n",
                done, total, failures.value(), format(elapsed), format(eta));
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : String.format("%dm%02ds", s / 60, s % 60);
    }
}
