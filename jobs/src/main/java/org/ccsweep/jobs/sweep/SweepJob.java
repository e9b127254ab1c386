package org.ccsweep.jobs.sweep;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.config.BaselineExpander;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.BaselineOutcome;
import org.ccsweep.jobs.tables.Damage;
import org.ccsweep.jobs.tables.OnDamage;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;

/**
 * Runs a validated sweep on a Spark session: expand into runs and baseline tasks, skip those already
 * committed in the output (resume), compute the rest one task per run, lock-step group of runs, GPU
 * group of runs ({@link TaskPlan}) or baseline (runs first, unless baselines.only),
 * commit results chunk by chunk, print the summary. A run or baseline task that fails is committed as
 * failed with its error, and the sweep goes on; resume counts it as done.
 *
 * <p>Chunks run as asynchronous Spark jobs, a window of them at a time ({@link ChunkWindow}); the
 * driver commits each task's results as soon as the task finishes, those of several tasks that finish
 * while it writes as one set of files.
 */
public final class SweepJob {
    private final SparkSession spark;
    private final PrintStream log;

    public SweepJob(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    /** {@link #run(SweepSpec, OnDamage)} that removes damaged chunks and computes their runs again. */
    public SweepReport run(SweepSpec sweep) {
        return run(sweep, OnDamage.RECOMPUTE);
    }

    /**
     * Runs the sweep into its output, after verifying the output's committed chunks against their
     * markers ({@link ResultStore#open}): each damaged file is printed on one line, and its chunk is
     * removed and computed again, or (REFUSE) the sweep stops before it writes anything.
     *
     * @throws org.ccsweep.jobs.tables.ResultsException when the output cannot be created, read or
     *                                                   written, or is damaged and {@code onDamage} is REFUSE
     */
    public SweepReport run(SweepSpec sweep, OnDamage onDamage) {
        try (ResultStore store = ResultStore.open(sweep.output(), spark.sparkContext().hadoopConfiguration(), onDamage)) {
            for (Damage damage : store.removed()) {
                log.println("[ccsweep] " + damage.line(store.name()) + ": removed, computed again");
            }
            if (store.adopted() > 0) {
                log.printf("[ccsweep] %s: %d chunks written before commit markers now have markers, with checksums of their files as found%n",
                        store.name(), store.adopted());
            }
            return run(sweep, store);
        }
    }

    private SweepReport run(SweepSpec sweep, ResultStore store) {
        List<RunSpec> runs = sweep.baselines().only() ? List.of() : sweep.runs();
        Set<String> done = store.committedRunIds();
        List<RunSpec> pending = runs.stream().filter(r -> !done.contains(r.id())).toList();
        int skipped = runs.size() - pending.size();
        log.printf("[ccsweep] sweep %s: %d runs, skipped %d already in %s, training %d%n",
                sweep.name(), runs.size(), skipped, sweep.output(), pending.size());
        List<BaselineSpec> baselines = BaselineExpander.expand(sweep);
        Set<String> baselinesDone = store.committedBaselineIds();
        List<BaselineSpec> pendingBaselines = baselines.stream().filter(b -> !baselinesDone.contains(b.id())).toList();
        if (!baselines.isEmpty()) {
            log.printf("[ccsweep] baselines: %d tasks, skipped %d already in %s, computing %d%n", baselines.size(),
                    baselines.size() - pendingBaselines.size(), sweep.output(), pendingBaselines.size());
        }

        if (!pending.isEmpty() || !pendingBaselines.isEmpty()) {
            store.warmUp();
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator failures = spark.sparkContext().longAccumulator("ccsweep.failed");
        LongAccumulator finished = spark.sparkContext().longAccumulator("ccsweep.done");
        Progress progress = new Progress(log, pending.size() + pendingBaselines.size(), failures, finished);
        long failed = 0;
        long baselinesFailed = 0;
        Interruption interruption = Interruption.watch(log, sweep, runs.size(), skipped);
        spark.sparkContext().addSparkListener(progress);
        try {
            jsc.setJobGroup(Progress.JOB_GROUP, "ccsweep " + sweep.name(), true);
            int size = sweep.engine().chunkSize();
            TaskPlan plan = TaskPlan.of(pending, sweep.engine(), !pending.isEmpty() && BackendChoice.onDevices(
                    sweep.engine().backend(), spark.sparkContext(), sweep.task()), BackendChoice.threads(spark.sparkContext()));
            plan.describe().ifPresent(log::println);
            TaskSettings settings = plan.settings();
            ChunkWindow<TaskRuns, RunOutcome> runChunks = new ChunkWindow<>(jsc, plan.tasks(), size,
                    chunk -> jsc.parallelize(chunk, chunk.size())
                            .flatMap(task -> SweepTask.run(task, settings, failures, finished).iterator()));
            while (runChunks.hasNext()) {
                List<RunOutcome> outcomes = runChunks.next();
                store.commit(sweep.name(), outcomes);
                interruption.committed(outcomes.size());
                failed += outcomes.stream().filter(o -> !o.ok()).count();
            }
            ChunkWindow<BaselineSpec, BaselineOutcome> baselineChunks = new ChunkWindow<>(jsc, pendingBaselines, size,
                    chunk -> jsc.parallelize(chunk, chunk.size()).map(spec -> BaselineTask.run(spec, failures, finished)));
            while (baselineChunks.hasNext()) {
                List<BaselineOutcome> outcomes = baselineChunks.next();
                store.commit(sweep.name(), List.of(), outcomes);
                baselinesFailed += outcomes.stream().filter(o -> !o.ok()).count();
            }
        } finally {
            interruption.close();
            jsc.clearJobGroup();
            spark.sparkContext().removeSparkListener(progress);
        }

        long failedInOutput = Summary.print(store.committedRunLosses(), runs, log);
        if (failedInOutput > 0) {
            log.printf("[ccsweep] %d of %d runs failed (%d of them now); see: SELECT run_id, error FROM runs WHERE status = 'failed'%n",
                    failedInOutput, runs.size(), failed);
        }
        long baselinesFailedInOutput = Summary.failedBaselines(store.failedBaselineIds(), baselines);
        if (baselinesFailedInOutput > 0) {
            log.printf("[ccsweep] %d of %d baseline tasks failed (%d of them now); see: SELECT baseline_id, baseline, sigma, seed, error FROM baselines WHERE status = 'failed'%n",
                    baselinesFailedInOutput, baselines.size(), baselinesFailed);
        }
        return new SweepReport(new SweepReport.Tally(runs.size(), skipped, pending.size(), failed, failedInOutput),
                new SweepReport.Tally(baselines.size(), baselines.size() - pendingBaselines.size(), pendingBaselines.size(),
                        baselinesFailed, baselinesFailedInOutput));
    }
}
