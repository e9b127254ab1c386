package org.ccsweep.bench;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.RunExecutor;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/** Trains with ccsweep's own trainer ({@link RunExecutor}) on the paper's recipe, in this thread. */
public final class CcsweepRunner {
    private static final int D_EMBED = 1000;
    private static final int CURVE_POINTS = 100;

    /** L/p at p_train to 0.05 % relative standard error, which is well below the seed spread. */
    private static final double TARGET_RELATIVE_SE = 5e-4;
    private static final int PILOT_PER_K = 200;

    private final EvalPrecision evalPrecision;

    /** @param evalSamples cap on the evaluator's samples for L/p at p_train */
    public CcsweepRunner(int evalSamples) {
        this.evalPrecision = new EvalPrecision(TARGET_RELATIVE_SE, PILOT_PER_K, evalSamples);
    }

    /** The paper's recipe: AdamW(3e-3, (0.9, 0.999), 1e-8, wd 1e-2), cosine, Bernoulli inputs, asymmetric M. */
    public RunSpec spec(Setting setting, int steps, long seed) {
        return new RunSpec(Setting.N_FEATURES, Setting.D_MLP, D_EMBED, InputMode.BERNOULLI, setting.p(),
                MixingKind.ASYMMETRIC, null, setting.sigma(), false, steps, setting.batch(),
                3e-3, 0.9, 0.999, 1e-8, 1e-2, seed, seed, new double[] {setting.p()}, evalPrecision, CURVE_POINTS,
                ModelKind.SIMPLIFIED, 0, false);
    }

    public RunResult train(Setting setting, int steps, long seed) {
        return RunExecutor.execute(spec(setting, steps, seed));
    }

    public static Measurement measure(RunResult result) {
        int steps = result.spec().steps();
        return new Measurement(steps, 1e3 * result.trainSeconds() / steps, result.profile().lossPerFeature()[0],
                result.profile().stderr()[0]);
    }
}
