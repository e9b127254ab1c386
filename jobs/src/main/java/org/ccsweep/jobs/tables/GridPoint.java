package org.ccsweep.jobs.tables;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;

/** The grid point of a run: its identity without its seeds, shared by the seeds that are averaged over. */
public final class GridPoint {
    private GridPoint() {
    }

    public static String id(RunSpec s) {
        return s.without(Keys.SEED).without(Keys.MIXING_SEED).id();
    }
}
