package org.ccsweep.jobs.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcOutput;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;

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
 * Each run's single-feature L/p (runs.one_active_loss_per_feature) is its L/p at the sparsest p_eval and
 * its naive L/p is 1/12 (their M is 0).
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
            RunSpec spec = spec(InputMode.BERNOULLI, MixingKind.ASYMMETRIC, 0.02, pTrain, 0).with(CcKeys.ANALYSIS, true);
            double[] lpf = {0.070, 0.075, 0.130};
            outcomes.add(RunOutcome.ok(CcOutput.of(TestRuns.ccResult(spec, 0.02, lpf, new double[EVAL_P.length], lpf[0],
                    1.0 / 12, gaussian(random, 8), gaussian(random, 8), gaussian(random, 16)).withAnalyses()),
                    TestRuns.PLACEMENT));
        }
        try (ResultStore store = ResultStore.open(output.toUri(), new Configuration())) {
            store.commit("analysed", outcomes);
        }
    }

    /**
     * A third sweep, "rank": exactly-one runs with learnt σ (initial 0.01) on low-rank M of rank 1, 2 and 4
     * and on full-rank asymmetric M (drawn at r = n = 4), three seeds each. Per rank, by hand (seed s adds
     * 0.001 s to the single-feature L/p, to L/p at p_train = 0.01 and to |σ|, and 0.002 s to the naive L/p,
     * so every gain over naive adds 0.001 s and has seed std 0.001):
     * <pre>
     * rank      single-feature L/p  naive L/p  L/p at p_train  learnt |σ|
     * 1         0.060               0.100      0.090           0.020
     * 2         0.065               0.095      0.092           0.015
     * 4         0.070               0.090      0.094           0.010
     * full (4)  0.072               0.088      0.095           0.030
     * </pre>
     */
    public static void writeRankStudy(Path output) {
        double[][] byRank = {{1, 0.060, 0.100, 0.090, 0.020}, {2, 0.065, 0.095, 0.092, 0.015}, {4, 0.070, 0.090, 0.094, 0.010},
            {0, 0.072, 0.088, 0.095, 0.030}};
        List<RunOutcome> outcomes = new ArrayList<>();
        for (double[] r : byRank) {
            for (long seed = 0; seed < 3; seed++) {
                MixingKind kind = r[0] > 0 ? MixingKind.LOW_RANK : MixingKind.ASYMMETRIC;
                RunSpec spec = TestRuns.tiny(InputMode.EXACTLY_ONE, kind, 0.01, 0.01, seed, EVAL_P).with(CcKeys.LEARN_SIGMA, true);
                if (r[0] > 0) {
                    spec = spec.with(CcKeys.RANK, (int) r[0]).with(CcKeys.ORTHONORMAL, false);
                }
                double[] lpf = {r[3] + 0.001 * seed, r[3] + 0.001 * seed, r[3] + 0.001 * seed};
                outcomes.add(RunOutcome.ok(TestRuns.result(spec, r[4] + 0.001 * seed, lpf,
                        new double[EVAL_P.length], r[1] + 0.001 * seed, r[2] + 0.002 * seed, new float[8], new float[8],
                        new float[16]), TestRuns.PLACEMENT));
            }
        }
        try (ResultStore store = ResultStore.open(output.toUri(), new Configuration())) {
            store.commit("rank", outcomes);
        }
    }

    private static float[] gaussian(java.util.Random random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /**
     * One synthetic run at n = 4, d = 2: L/p at {@link #EVAL_P} is {@code lossPerFeature} plus 0.001 · seed,
     * its single-feature L/p the first of them and its naive L/p 1/12.
     */
    public static RunOutcome run(MixingKind mixing, double sigma, double pTrain, long seed, double... lossPerFeature) {
        return run(InputMode.BERNOULLI, mixing, sigma, pTrain, seed, lossPerFeature);
    }

    /** {@link #run(MixingKind, double, double, long, double...)} trained on the given inputs. */
    public static RunOutcome run(InputMode inputs, MixingKind mixing, double sigma, double pTrain, long seed,
            double... lossPerFeature) {
        RunSpec spec = spec(inputs, mixing, sigma, pTrain, seed);
        double[] lpf = new double[EVAL_P.length];
        for (int i = 0; i < EVAL_P.length; i++) {
            lpf[i] = lossPerFeature[i] + 0.001 * seed;
        }
        return RunOutcome.ok(TestRuns.result(spec, sigma, lpf, new double[EVAL_P.length], lpf[0], 1.0 / 12,
                new float[8], new float[8], new float[16]), TestRuns.PLACEMENT);
    }

    private static RunSpec spec(InputMode inputs, MixingKind mixing, double sigma, double pTrain, long seed) {
        return TestRuns.tiny(inputs, mixing, sigma, pTrain, seed, EVAL_P);
    }
}
