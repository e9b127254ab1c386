package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.train.Schedule;

/** U-AND run specs for tests: a small U-AND problem, changed by each test to what it needs. */
public final class UandSpecs {
    private UandSpecs() {
    }

    /**
     * Seed 0: m = 12 features (66 pairs), d = 16 neurons, p = 0.1, U-AND on all pairs with direct inputs and
     * outputs, a trained first layer, the balanced loss, 300 AdamW steps of 128 at 3e-3 (cosine, no weight
     * decay), metrics on 4000 inputs, a ridge read-off on 20,000 at λ = 1e-6, a profile at p = 0.1.
     */
    public static RunSpec.Builder small() {
        return RunSpec.builder().set(Keys.TASK, UandTask.NAME).set(Keys.SEED, 0L).set(Keys.MIXING_SEED, 0L)
                .set(Keys.P_TRAIN, 0.1).set(Keys.N_FEATURES, 12).set(Keys.D_MLP, 16).set(Keys.STEPS, 300)
                .set(Keys.BATCH, 128).set(Keys.LR, 3e-3).set(Keys.SCHEDULE, Schedule.COSINE).set(Keys.BETA1, 0.9)
                .set(Keys.BETA2, 0.999).set(Keys.EPS, 1e-8).set(Keys.WEIGHT_DECAY, 0.0).set(Keys.CURVE_POINTS, 10)
                .set(Keys.EVAL_P, new double[] {0.1}).set(Keys.EVAL_TARGET_REL_SE, 0.01)
                .set(Keys.EVAL_PILOT_PER_K, 500).set(Keys.EVAL_MAX_SAMPLES, 20_000L)
                .set(UandKeys.OPERATION, Operation.AND).set(UandKeys.PAIRS, 0).set(UandKeys.D_EMBED, 0)
                .set(UandKeys.D_OUT, 0).set(UandKeys.FIRST_LAYER, FirstLayer.TRAINED).set(UandKeys.CONNECT_P, 0.25)
                .set(UandKeys.BALANCED, true).set(UandKeys.RIDGE_PENALTY, 1e-6).set(UandKeys.RIDGE_SAMPLES, 20_000)
                .set(UandKeys.EVAL_SAMPLES, 4000).set(UandKeys.BISECT, false).set(UandKeys.BISECT_TARGET, 0.3)
                .set(UandKeys.BISECT_TOLERANCE, 0.0);
    }

    /** The spec as the task resolves it. */
    public static RunSpec resolved(RunSpec.Builder builder) {
        return new UandTask().resolve(builder.build());
    }

    /** The run view of the resolved spec. */
    public static UandRun run(RunSpec.Builder builder) {
        return UandRun.of(resolved(builder));
    }
}
