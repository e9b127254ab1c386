package org.ccsweep.jobs.sweep;

import java.io.Serializable;
import java.util.List;
import org.ccsweep.model.run.RunSpec;

/**
 * The runs of one Spark task and how it trains them ({@link TaskPlan} decides on the driver,
 * {@link SweepTask} does it on the executor).
 */
record TaskRuns(List<RunSpec> runs, Mode mode) implements Serializable {
    TaskRuns {
        runs = List.copyOf(runs);
    }

    enum Mode {
        /** One run alone or a lock-step group, by the CPU trainer. */
        CPU,
        /** A group of the task's group trainer on the device engine.backend names; no device there fails each run. */
        DEVICE,
        /** A group on the executor's GPU where there is one (engine.backend = auto), else on its CPU cores. */
        DEVICE_OR_CPU,
        /** Runs engine.backend sends to the group trainer that it cannot take: each fails, saying why. */
        REFUSED
    }
}
