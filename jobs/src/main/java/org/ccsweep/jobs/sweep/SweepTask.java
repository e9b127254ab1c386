package org.ccsweep.jobs.sweep;

import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.RunExecutor;
import org.ccsweep.model.run.RunSpec;

/** The body of one Spark task: train and evaluate one run; any throwable becomes a failed outcome. */
final class SweepTask {
    private SweepTask() {
    }

    static RunOutcome run(RunSpec spec, LongAccumulator failures) {
        try {
            return RunOutcome.ok(RunExecutor.execute(spec));
        } catch (Throwable t) {
            failures.add(1);
            return RunOutcome.failed(spec, t);
        }
    }
}
