package org.ccsweep.model.run;

import java.util.List;
import org.ccsweep.model.train.Schedule;

/**
 * The keys every task's runs hold: which task, the seeds, the shapes n and d, the training recipe and
 * the evaluation. Each task adds its own keys ({@link org.ccsweep.model.task.Task#keys}). Defaults live
 * in reference.conf, never here.
 */
public final class Keys {
    public static final Key<String> TASK = Key.text("sweep.task", "task");
    /** The run seed, one of {@code sweep.seeds}. */
    public static final Key<Long> SEED = Key.longInteger("sweep.seeds", Rule.anyInteger(), "seed").onGrid();
    /** The seed of the task's fixed random structure: {@code sweep.mixing-seed} when pinned, else the run seed. */
    public static final Key<Long> MIXING_SEED = Key.longInteger("sweep.mixing-seed", Rule.anyInteger(), "mixing_seed");
    public static final Key<Double> P_TRAIN = Key.real("sweep.grid.p-train", Rule.openClosed(0, 1), "p_train").onGrid();
    public static final Key<Integer> N_FEATURES = Key.integer("model.n-features", Rule.integerAtLeast(1), "n_features");
    public static final Key<Integer> D_MLP = Key.integer("model.d-mlp", Rule.integerAtLeast(1), "d_mlp");
    public static final Key<Integer> STEPS = Key.integer("train.steps", Rule.integerAtLeast(1), "steps");
    public static final Key<Integer> BATCH = Key.integer("train.batch", Rule.integerAtLeast(1), "batch");
    public static final Key<Double> LR = Key.real("train.lr", Rule.above(0), "lr");
    public static final Key<Schedule> SCHEDULE = Key.choice("train.schedule", Schedule.class, "schedule");
    public static final Key<Double> BETA1 = Key.real("train.beta1", Rule.closedOpen(0, 1), "beta1");
    public static final Key<Double> BETA2 = Key.real("train.beta2", Rule.closedOpen(0, 1), "beta2");
    public static final Key<Double> EPS = Key.real("train.eps", Rule.above(0), "eps");
    public static final Key<Double> WEIGHT_DECAY = Key.real("train.weight-decay", Rule.atLeast(0), "weight_decay");
    public static final Key<Integer> CURVE_POINTS = Key.integer("train.curve-points", Rule.integerAtLeast(1),
            "curve_points").measurement();
    /** The p_eval grid: eval.p with the run's p_train added, ascending. */
    public static final Key<double[]> EVAL_P = Key.reals("eval.p", Rule.openClosed(0, 1)).measurement();
    public static final Key<Double> EVAL_TARGET_REL_SE = Key.real("eval.target-rel-se", Rule.openOpen(0, 1),
            "eval_target_rel_se").measurement();
    public static final Key<Integer> EVAL_PILOT_PER_K = Key.integer("eval.pilot-per-k", Rule.integerAtLeast(2),
            "eval_pilot_per_k").measurement();
    public static final Key<Long> EVAL_MAX_SAMPLES = Key.longInteger("eval.max-samples", Rule.integerAtLeast(2),
            "eval_max_samples").measurement();

    /** Every key above, in declaration order. */
    public static final List<Key<?>> ALL = List.of(TASK, SEED, MIXING_SEED, P_TRAIN, N_FEATURES, D_MLP, STEPS, BATCH,
            LR, SCHEDULE, BETA1, BETA2, EPS, WEIGHT_DECAY, CURVE_POINTS, EVAL_P, EVAL_TARGET_REL_SE, EVAL_PILOT_PER_K,
            EVAL_MAX_SAMPLES);

    private Keys() {
    }
}
