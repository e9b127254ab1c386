package org.ccsweep.jobs.testing;

import com.typesafe.config.ConfigFactory;
import java.util.Arrays;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcOutput;
import org.ccsweep.model.task.cc.CcResult;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;

/** Synthetic runs and results for table tests: every number is derived from the arguments, nothing is trained. */
public final class TestRuns {
    private TestRuns() {
    }

    /**
     * A tiny CC run as a sweep resolves it from reference.conf and these settings: n = 4, d = 2, 20 steps of
     * 8, evaluated at {@code evalP} (p_train added); a low-rank M has rank 3, orthonormal, zero diagonal.
     */
    public static RunSpec tiny(InputMode inputs, MixingKind mixing, double sigma, double pTrain, long seed, double... evalP) {
        String text = """
                sweep { output = "%s", seeds = [%d], grid { input-mode = [%s], mixing = [%s], sigma = [%s], p-train = [%s], rank = [3] } }
                model { n-features = 4, d-mlp = 2, d-embed = 10, low-rank { orthonormal = true, zero-diagonal = true } }
                train { steps = 20, batch = 8, curve-points = 2 }
                eval { p = %s, target-rel-se = 0.05, pilot-per-k = 10, max-samples = 100 }
                """.formatted(System.getProperty("java.io.tmpdir"), seed, Key.spell(inputs), Key.spell(mixing), sigma, pTrain,
                Arrays.toString(evalP));
        return SweepSpecs.from(ConfigFactory.parseString(text).withFallback(ConfigFactory.parseResources("reference.conf"))
                .resolve()).runs().get(0);
    }

    public static RunSpec spec(MixingKind mixing, double sigma, long seed) {
        return tiny(InputMode.BERNOULLI, mixing, sigma, 0.1, seed, 0.01, 0.1, 1.0);
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
