package org.ccsweep.model.task.tms;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.train.Schedule;

/** TMS run specs for tests: the notebook's intro recipe (recipes/tms.conf) changed where a test needs it. */
public final class TmsSpecs {
    private TmsSpecs() {
    }

    /**
     * The notebook's intro at seed 0: n = 5, m = 2, I_i = 0.9^i, p = 0.05 for every feature, AdamW lr 1e-3 constant with
     * weight decay 0.01, 10,000 steps of 1024; L/p at p_train to 0.5 %.
     */
    public static RunSpec.Builder intro() {
        return RunSpec.builder().set(Keys.TASK, TmsTask.NAME).set(Keys.SEED, 0L).set(Keys.MIXING_SEED, 0L)
                .set(Keys.P_TRAIN, 0.05).set(Keys.N_FEATURES, 5).set(Keys.D_MLP, 2).set(Keys.STEPS, 10_000)
                .set(Keys.BATCH, 1024).set(Keys.LR, 1e-3).set(Keys.SCHEDULE, Schedule.CONSTANT).set(Keys.BETA1, 0.9)
                .set(Keys.BETA2, 0.999).set(Keys.EPS, 1e-8).set(Keys.WEIGHT_DECAY, 1e-2).set(Keys.CURVE_POINTS, 100)
                .set(Keys.EVAL_P, new double[] {0.05}).set(Keys.EVAL_TARGET_REL_SE, 0.005)
                .set(Keys.EVAL_PILOT_PER_K, 200).set(Keys.EVAL_MAX_SAMPLES, 2_000_000L)
                .set(TmsKeys.IMPORTANCE_DECAY, 0.9).set(TmsKeys.DENSITY_DECAY, 1.0);
    }

    /** The same at another seed, both seed keys set alike (TMS pins no structure). */
    public static RunSpec.Builder intro(long seed) {
        return intro().set(Keys.SEED, seed).set(Keys.MIXING_SEED, seed);
    }
}
