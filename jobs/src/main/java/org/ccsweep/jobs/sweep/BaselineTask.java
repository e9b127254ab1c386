package org.ccsweep.jobs.sweep;

import org.ccsweep.model.baselines.BaselineExecutor;
import org.ccsweep.model.baselines.BaselineResult;
import org.ccsweep.model.baselines.BaselineSpec;

/**
 * The body of one baseline Spark task. Baselines are deterministic linear algebra with no failure mode
 * of their own (no training to diverge), so an exception here is a bug: it fails the sweep, after the
 * chunks before it were committed.
 */
final class BaselineTask {
    private BaselineTask() {
    }

    static BaselineResult run(BaselineSpec spec) {
        return BaselineExecutor.execute(spec);
    }
}
