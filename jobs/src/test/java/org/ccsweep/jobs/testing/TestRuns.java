package org.ccsweep.jobs.testing;

import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/** Synthetic runs and results for table tests: every number is derived from the arguments, nothing is trained. */
public final class TestRuns {
    private TestRuns() {
    }

    public static RunSpec spec(MixingKind mixing, double sigma, long seed) {
        LowRankOptions lowRank = mixing == MixingKind.LOW_RANK ? new LowRankOptions(3, true, false, true, false) : null;
        return new RunSpec(4, 2, 10, InputMode.BERNOULLI, 0.1, mixing, lowRank, sigma, false, 20, 8, 3e-3, 0.9, 0.999,
                1e-8, 1e-2, seed, seed, new double[] {0.01, 0.1, 1.0}, new EvalPrecision(0.05, 10, 100), 2,
                ModelKind.SIMPLIFIED, 0, false);
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
        double[] loss = new double[p.length];
        double[] stderr = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            lpf[i] = lossPerFeature + i;
            loss[i] = lpf[i] * p[i];
            stderr[i] = 0.001 * (i + 1);
        }
        int n = spec.nFeatures();
        int d = spec.dMlp();
        return RunOutcome.ok(new RunResult(spec, spec.sigma(), 0.5, 1.25, 0.25, new int[] {10, 20},
                new double[] {0.9, 0.5}, new LossProfile(p, loss, lpf, stderr), lossPerFeature + 0.5, lossPerFeature + 0.75,
                ramp(n * d, 0.5f), ramp(d * n, -1f), ramp(n * n, 2f), null, null), PLACEMENT);
    }

    private static float[] ramp(int length, float scale) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = scale * i;
        }
        return values;
    }
}
