package org.ccsweep.jobs.sweep;

import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.tables.BaselineOutcome;
import org.ccsweep.model.task.cc.baselines.BaselineExecutor;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;

/**
 * The body of one baseline Spark task: construct or fit the baseline and profile it, timed; any throwable
 * (a factorisation LAPACK cannot compute, an L/p that is not finite) becomes a failed outcome, as a
 * failing run does in {@link SweepTask}, so that the rest of the sweep goes on.
 */
final class BaselineTask {
    private BaselineTask() {
    }

    static BaselineOutcome run(BaselineSpec spec, LongAccumulator failures, LongAccumulator done) {
        long start = System.nanoTime();
        BaselineOutcome outcome;
        try {
            outcome = BaselineOutcome.ok(BaselineExecutor.execute(spec), seconds(start));
        } catch (Throwable t) {
            failures.add(1);
            outcome = BaselineOutcome.failed(spec, t, seconds(start));
        }
        done.add(1);
        return outcome;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
