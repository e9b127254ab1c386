package org.ccsweep.jobs.tables;

import org.ccsweep.model.run.RunSpec;

/** The grid point of a run: its identity without its seeds, shared by the seeds that are averaged over. */
public final class GridPoint {
    private GridPoint() {
    }

    public static String id(RunSpec s) {
        return new RunSpec(s.nFeatures(), s.dMlp(), s.dEmbed(), s.inputMode(), s.pTrain(), s.mixing(), s.lowRank(),
                s.sigma(), s.learnSigma(), s.steps(), s.batch(), s.lr(), s.beta1(), s.beta2(), s.eps(),
                s.weightDecay(), 0L, 0L, s.evalP(), s.evalPrecision(), s.curvePoints(), s.model(),
                s.transplantSteps(), s.analysis()).id();
    }
}
