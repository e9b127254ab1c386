package org.ccsweep.jobs.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.config.Backend;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.RunExecutor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The body of one Spark task: resolve the backend, note the task's threads and cores, train and
 * evaluate one run, or a lock-step group of runs together ({@link RunExecutor#executeTogether}); a
 * run that throws becomes a failed outcome, and a throwable outside any one run (the group's shared
 * batches) fails every run of the group with it. {@code done} counts the runs finished, for the
 * progress line; {@code failures} those failed.
 */
final class SweepTask {
    private SweepTask() {
    }

    static List<RunOutcome> run(List<RunSpec> group, Backend backend, LongAccumulator failures, LongAccumulator done) {
        int taskCpus = TaskContext.get().cpus();
        Placement placement = new Placement(SweepSpecs.display(backend), null, taskCpus);
        List<RunOutcome> outcomes = new ArrayList<>();
        try {
            placement = new Placement(BackendChoice.resolve(backend), Nd4j.factory().blas().getMaxThreads(), taskCpus);
            if (group.size() == 1) {
                outcomes.add(RunOutcome.ok(RunExecutor.execute(group.get(0)), placement));
            } else {
                for (RunExecutor.Outcome outcome : RunExecutor.executeTogether(group)) {
                    outcomes.add(outcome.failure() == null ? RunOutcome.ok(outcome.result(), placement)
                            : RunOutcome.failed(outcome.spec(), placement, outcome.failure()));
                }
            }
        } catch (Throwable t) {
            outcomes.clear();
            for (RunSpec spec : group) {
                outcomes.add(RunOutcome.failed(spec, placement, t));
            }
        }
        failures.add(outcomes.stream().filter(o -> !o.ok()).count());
        done.add(outcomes.size());
        return outcomes;
    }
}
