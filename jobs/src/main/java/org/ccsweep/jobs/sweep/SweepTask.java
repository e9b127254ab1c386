package org.ccsweep.jobs.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Tasks;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The body of one Spark task: note the task's threads and cores, then train and evaluate its runs as
 * {@link TaskPlan} planned them: on the CPU, one run or a lock-step group of runs together
 * ({@link Task#executeTogether}), by the runs' task; or as a group on a device ({@link DeviceTask}). A run
 * that throws an exception becomes a failed outcome with its error and the top frames of its stack trace,
 * and an exception outside any one run (the group's shared batches) fails every run of the group with it.
 * A JVM {@link Error} (out of memory, a native library that does not load) is not the run's fault: it is
 * rethrown as a {@link RunsStoppedException}, which fails the Spark job, so that the driver stops the sweep
 * without recording the chunk's runs and a later resume retries them. {@code done} counts the runs
 * finished, for the progress line; {@code failures} those failed.
 */
final class SweepTask {
    private SweepTask() {
    }

    static List<RunOutcome> run(TaskRuns work, TaskSettings settings, LongAccumulator failures, LongAccumulator done) {
        List<RunSpec> group = work.runs();
        int taskCpus = TaskContext.get().cpus();
        Placement placement = new Placement(Key.spell(settings.backend()), null, taskCpus);
        List<RunOutcome> outcomes = new ArrayList<>();
        try {
            Integer blasThreads = Nd4j.factory().blas().getMaxThreads();
            Task task = Tasks.of(group.get(0));
            if (work.mode() == TaskRuns.Mode.CPU) {
                placement = new Placement("cpu", blasThreads, taskCpus);
                outcomes.addAll(cpu(task, group, placement));
            } else {
                outcomes.addAll(DeviceTask.run(task, work, settings, blasThreads, taskCpus));
            }
        } catch (RuntimeException e) {
            outcomes.clear();
            for (RunSpec spec : group) {
                outcomes.add(RunOutcome.failed(spec, placement, e));
            }
        } catch (Error e) {
            throw new RunsStoppedException(group, e);
        }
        failures.add(outcomes.stream().filter(o -> !o.ok()).count());
        done.add(outcomes.size());
        return outcomes;
    }

    /**
     * One run alone or a lock-step group on the CPU trainer.
     *
     * @throws RuntimeException when a run alone fails, or the group does outside any one run
     */
    static List<RunOutcome> cpu(Task task, List<RunSpec> group, Placement placement) {
        if (group.size() == 1) {
            return List.of(RunOutcome.ok(task.execute(group.get(0)), placement));
        }
        List<RunOutcome> outcomes = new ArrayList<>();
        for (Outcome outcome : task.executeTogether(group)) {
            outcomes.add(outcome.failure() == null ? RunOutcome.ok(outcome.result(), placement)
                    : RunOutcome.failed(outcome.spec(), placement, outcome.failure()));
        }
        return outcomes;
    }
}
