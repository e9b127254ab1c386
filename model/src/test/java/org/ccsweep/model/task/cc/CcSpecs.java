package org.ccsweep.model.task.cc;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.train.Schedule;

/** CC run specs for tests, built from the paper's recipe (science.md; reference.conf's defaults) by changing what a test needs. */
public final class CcSpecs {
    private CcSpecs() {
    }

    /** The paper's recipe at seed 0: n = 100, d = 50, asymmetric M at σ = 0.02, p = 0.01, 10,000 steps of 2048. */
    public static RunSpec.Builder paper() {
        return RunSpec.builder().set(Keys.TASK, CcTask.NAME).set(Keys.SEED, 0L).set(Keys.MIXING_SEED, 0L)
                .set(Keys.P_TRAIN, 0.01).set(Keys.N_FEATURES, 100).set(Keys.D_MLP, 50).set(Keys.STEPS, 10_000)
                .set(Keys.BATCH, 2048).set(Keys.LR, 3e-3).set(Keys.SCHEDULE, Schedule.COSINE).set(Keys.BETA1, 0.9).set(Keys.BETA2, 0.999)
                .set(Keys.EPS, 1e-8).set(Keys.WEIGHT_DECAY, 1e-2).set(Keys.CURVE_POINTS, 200)
                .set(Keys.EVAL_P, new double[] {0.01}).set(Keys.EVAL_TARGET_REL_SE, 0.002)
                .set(Keys.EVAL_PILOT_PER_K, 200).set(Keys.EVAL_MAX_SAMPLES, 5_000_000L)
                .set(CcKeys.MODEL, ModelKind.SIMPLIFIED).set(CcKeys.MIXING, MixingKind.ASYMMETRIC)
                .set(CcKeys.INPUT_MODE, InputMode.BERNOULLI).set(CcKeys.LEARN_SIGMA, false).set(CcKeys.SIGMA, 0.02)
                .set(CcKeys.D_EMBED, 1000).set(CcKeys.SCALE_STEPS, false).set(CcKeys.TRANSPLANT_STEPS, 0)
                .set(CcKeys.ANALYSIS, false);
    }

    /** The same with both seeds set. */
    public static RunSpec.Builder paper(long seed, long mixingSeed) {
        return paper().set(Keys.SEED, seed).set(Keys.MIXING_SEED, mixingSeed);
    }

    /** A spec's CC view. */
    public static CcRun run(RunSpec.Builder builder) {
        return CcRun.of(builder.build());
    }
}
