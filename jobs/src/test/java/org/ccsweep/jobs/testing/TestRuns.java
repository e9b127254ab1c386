package org.ccsweep.jobs.testing;

import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcOutput;
import org.ccsweep.model.task.cc.CcResult;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;

/** Synthetic runs and results for table tests: every number is derived from the arguments, nothing is trained. */
public final class TestRuns {
    private TestRuns() {
    }

    /** A tiny CC run: n = 4, d = 2, 20 steps of 8 at p = 0.1, profiled at p_eval 0.01, 0.1 and 1. */
    public static RunSpec.Builder tiny(InputMode inputs, MixingKind mixing, double sigma, double pTrain, long seed) {
        RunSpec.Builder spec = CcSpecs.paper(seed, seed).set(Keys.N_FEATURES, 4).set(Keys.D_MLP, 2)
                .set(CcKeys.D_EMBED, 10).set(CcKeys.INPUT_MODE, inputs).set(Keys.P_TRAIN, pTrain)
                .set(CcKeys.MIXING, mixing).set(CcKeys.SIGMA, sigma).set(Keys.STEPS, 20).set(Keys.BATCH, 8)
                .set(Keys.EVAL_P, new double[] {0.01, 0.1, 1.0}).set(Keys.EVAL_TARGET_REL_SE, 0.05)
                .set(Keys.EVAL_PILOT_PER_K, 10).set(Keys.EVAL_MAX_SAMPLES, 100L).set(Keys.CURVE_POINTS, 2);
        if (mixing == MixingKind.LOW_RANK) {
            spec.set(CcKeys.RANK, 3).set(CcKeys.ORTHONORMAL, true).set(CcKeys.TIED, false)
                    .set(CcKeys.ZERO_DIAGONAL, true).set(CcKeys.SYMMETRISE, false);
        }
        return spec;
    }

    public static RunSpec spec(MixingKind mixing, double sigma, long seed) {
        return tiny(InputMode.BERNOULLI, mixing, sigma, 0.1, seed).build();
    }

    /** Where the synthetic runs "trained". */
    public static final Placement PLACEMENT = new Placement("cpu", 1, 1);

    /**
     * A result whose L/p at p_eval index i is {@code lossPerFeature + i}, with single-feature L/p
     * {@code lossPerFeature + 0.5} and naive L/p {@code lossPerFeature + 0.75}.
     */
    public static RunOutcome ok(RunSpec spec, double lossPerFeature) {
        double[] p = spec.evalP();
        double[] lpf = new double[p.length];
        double[] stderr = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            lpf[i] = lossPerFeature + i;
            stderr[i] = 0.001 * (i + 1);
        }
        int n = spec.nFeatures();
        int d = spec.dMlp();
        return RunOutcome.ok(result(spec, CcRun.of(spec).sigma(), lpf, stderr, lossPerFeature + 0.5, lossPerFeature + 0.75,
                ramp(n * d, 0.5f), ramp(d * n, -1f), ramp(n * n, 2f)), PLACEMENT);
    }

    /**
     * A CC result with the given L/p over the spec's p_eval grid, final train loss 0.5, 1.25 s of training
     * and 0.25 s of evaluation, curve (10: 0.9, 20: 0.5).
     */
    public static RunResult result(RunSpec spec, double finalSigma, double[] lossPerFeature, double[] stderr,
            double oneActive, double naive, float[] wIn, float[] wOut, float[] mixing) {
        return CcOutput.of(ccResult(spec, finalSigma, lossPerFeature, stderr, oneActive, naive, wIn, wOut, mixing));
    }

    /** The same as CC's own result, for tests that add analyses. */
    public static CcResult ccResult(RunSpec spec, double finalSigma, double[] lossPerFeature, double[] stderr,
            double oneActive, double naive, float[] wIn, float[] wOut, float[] mixing) {
        double[] p = spec.evalP();
        double[] loss = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            loss[i] = lossPerFeature[i] * p[i];
        }
        return new CcResult(CcRun.of(spec), finalSigma, 0.5, 1.25, 0.25, new int[] {10, 20}, new double[] {0.9, 0.5},
                new LossProfile(p, loss, lossPerFeature.clone(), stderr.clone()), oneActive, naive, wIn, wOut, mixing,
                null, null);
    }

    private static float[] ramp(int length, float scale) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = scale * i;
        }
        return values;
    }
}
