package org.ccsweep.jobs.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.data.InputMode;
import org.ccsweep.model.data.MixingKind;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.net.ModelKind;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;

/**
 * A results directory shaped like the paper's Figures 2 and 5, written through the table writer with
 * L/p values chosen by hand, three seeds per point (seed s adds s · 0.001 to every L/p, so each
 * point's seed std is exactly 0.001):
 * <ul>
 * <li>asymmetric σ = 0.02 trained at p = 0.01 (L/p 0.070, 0.075, 0.130 at p_eval 0.001, 0.01, 1) and at
 * p = 1 (0.100, 0.100, 0.056): the profiles cross;
 * <li>symmetric at p = 0.01 with σ = 0, 0.02, 0.04, 0.08: L/p at p_train 0.085, 0.075, 0.065, 0.110;
 * <li>clean at p = 0.01: 0.0835.
 * </ul>
 */
public final class SyntheticResults {
    public static final double[] EVAL_P = {0.001, 0.01, 1};

    private SyntheticResults() {
    }

    public static void write(Path output) {
        List<RunOutcome> outcomes = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            outcomes.add(run(MixingKind.ASYMMETRIC, 0.02, 0.01, seed, 0.070, 0.075, 0.130));
            outcomes.add(run(MixingKind.ASYMMETRIC, 0.02, 1, seed, 0.100, 0.100, 0.056));
            outcomes.add(run(MixingKind.SYMMETRIC, 0, 0.01, seed, 0.080, 0.085, 0.090));
            outcomes.add(run(MixingKind.SYMMETRIC, 0.02, 0.01, seed, 0.070, 0.075, 0.100));
            outcomes.add(run(MixingKind.SYMMETRIC, 0.04, 0.01, seed, 0.060, 0.065, 0.100));
            outcomes.add(run(MixingKind.SYMMETRIC, 0.08, 0.01, seed, 0.100, 0.110, 0.120));
            outcomes.add(run(MixingKind.CLEAN, 0, 0.01, seed, 0.0830, 0.0835, 0.090));
        }
        try (ResultStore store = ResultStore.open(output.toUri(), new Configuration())) {
            store.commit("synthetic", outcomes);
        }
    }

    /**
     * A second sweep, "analysed": seed-0 asymmetric σ = 0.02 models trained at p = 0.001 and p = 1 with
     * pseudo-random weights and M, and their analyses (the tables of Figures 3, 4, 7 and 8).
     */
    public static void writeAnalysed(Path output) {
        java.util.Random random = new java.util.Random(7);
        List<RunOutcome> outcomes = new ArrayList<>();
        for (double pTrain : new double[] {0.001, 1}) {
            RunResult r = run(MixingKind.ASYMMETRIC, 0.02, pTrain, 0, 0.070, 0.075, 0.130).result();
            outcomes.add(RunOutcome.ok(new RunResult(r.spec(), r.finalSigma(), r.finalTrainLoss(), r.trainSeconds(), r.evalSeconds(),
                    r.curveSteps(), r.curveLoss(), r.profile(), gaussian(random, 8), gaussian(random, 8), gaussian(random, 16),
                    null, null).withAnalyses(), TestRuns.PLACEMENT));
        }
        try (ResultStore store = ResultStore.open(output.toUri(), new Configuration())) {
            store.commit("analysed", outcomes);
        }
    }

    private static float[] gaussian(java.util.Random random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static RunOutcome run(MixingKind mixing, double sigma, double pTrain, long seed, double... lossPerFeature) {
        RunSpec spec = new RunSpec(4, 2, 10, InputMode.BERNOULLI, pTrain, mixing, null, sigma, false, 20, 8, 3e-3, 0.9, 0.999,
                1e-8, 1e-2, seed, seed, EVAL_P, new EvalPrecision(0.05, 10, 100), 2, ModelKind.SIMPLIFIED, 0, false);
        double[] lpf = new double[EVAL_P.length];
        double[] loss = new double[EVAL_P.length];
        for (int i = 0; i < EVAL_P.length; i++) {
            lpf[i] = lossPerFeature[i] + 0.001 * seed;
            loss[i] = lpf[i] * EVAL_P[i];
        }
        return RunOutcome.ok(new RunResult(spec, sigma, 0.5, 1.25, 0.25, new int[] {10, 20}, new double[] {0.9, 0.5},
                new LossProfile(EVAL_P, loss, lpf, new double[EVAL_P.length]), new float[8], new float[8], new float[16],
                null, null), TestRuns.PLACEMENT);
    }
}
