package org.ccsweep.jobs.sweep;

import org.apache.spark.TaskContext;
import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.config.Backend;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.RunExecutor;
import org.ccsweep.model.run.RunSpec;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The body of one Spark task: resolve the backend, note the task's threads and cores, train and
 * evaluate one run; any throwable becomes a failed outcome.
 */
final class SweepTask {
    private SweepTask() {
    }

    static RunOutcome run(RunSpec spec, Backend backend, LongAccumulator failures) {
        int taskCpus = TaskContext.get().cpus();
        Placement placement = new Placement(SweepSpecs.display(backend), null, taskCpus);
        try {
            placement = new Placement(BackendChoice.resolve(backend), Nd4j.factory().blas().getMaxThreads(), taskCpus);
            return RunOutcome.ok(RunExecutor.execute(spec), placement);
        } catch (Throwable t) {
            failures.add(1);
            return RunOutcome.failed(spec, placement, t);
        }
    }
}
