package org.ccsweep.model.task.tms;

import java.util.List;
import java.util.Optional;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.Rule;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.CommonChecks;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.Footprint;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Violation;

/**
 * Toy Models of Superposition (Elhage et al. 2022, the notebook's ReLU output model, {@link TmsProblem}): n sparse
 * features through m hidden dimensions and back, ŷ = ReLU(Wᵀ W x + b), trained by the notebook's recipe
 * (recipes/tms.conf). Runs train alone or in groups of one task ({@link TmsExecutor}), are evaluated by
 * {@link TmsEvaluator} and record the geometry of their W ({@link TmsGeometry}).
 */
public final class TmsTask implements Task {
    public static final String NAME = "tms";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Key<?>> keys() {
        return TmsKeys.ALL;
    }

    @Override
    public List<Key<?>> gridOrder() {
        return TmsKeys.GRID;
    }

    @Override
    public List<Key<?>> summaryKeys() {
        return List.of(Keys.P_TRAIN, Keys.N_FEATURES, Keys.D_MLP, TmsKeys.IMPORTANCE_DECAY, TmsKeys.DENSITY_DECAY,
                Keys.STEPS);
    }

    /**
     * m ≤ n; no pinned mixing seed (TMS has no fixed random structure); and every I_i and p_i (at every p_eval, which
     * holds p_train) a normal float32 (≥ 2^-126 and finite), as the float training needs them.
     */
    @Override
    public Optional<Violation> check(RunSpec raw) {
        int n = raw.nFeatures();
        Optional<Violation> bottleneck = CommonChecks.bottleneck(raw);
        if (bottleneck.isPresent()) {
            return bottleneck;
        }
        if (raw.mixingSeed() != raw.seed()) {
            return Optional.of(Violation.of(Keys.MIXING_SEED, raw.mixingSeed() + " is not null: the tms task has no fixed"
                    + " random structure to pin"));
        }
        double last = Math.pow(raw.get(TmsKeys.IMPORTANCE_DECAY), n - 1);
        if (!(last >= Float.MIN_NORMAL && last <= Float.MAX_VALUE)) {
            return Optional.of(Violation.of(TmsKeys.IMPORTANCE_DECAY, Rule.format(raw.get(TmsKeys.IMPORTANCE_DECAY))
                    + " gives feature " + (n - 1) + " the importance " + last + " at model.n-features = " + n + ", outside float32's normal range"
                    + " [1.2e-38, 3.4e38]", Keys.N_FEATURES));
        }
        double rarest = raw.evalP()[0] * Math.pow(raw.get(TmsKeys.DENSITY_DECAY), n - 1);
        if (!(rarest >= Float.MIN_NORMAL)) {
            return Optional.of(Violation.of(TmsKeys.DENSITY_DECAY, Rule.format(raw.get(TmsKeys.DENSITY_DECAY))
                    + " gives feature " + (n - 1) + " the probability " + rarest + " at model.n-features = " + n + " and the smallest p, "
                    + "below float32's normal range (≥ 1.2e-38)", Keys.N_FEATURES, Keys.P_TRAIN));
        }
        return Optional.empty();
    }

    /**
     * The run as it trains: its mixing seed is its seed (it draws no fixed structure), and one feature has no decay to
     * apply, so both decays read 1 at n = 1.
     */
    @Override
    public RunSpec resolve(RunSpec raw) {
        RunSpec.Builder run = raw.toBuilder().set(Keys.MIXING_SEED, raw.seed());
        if (raw.nFeatures() == 1) {
            run.set(TmsKeys.IMPORTANCE_DECAY, 1.0).set(TmsKeys.DENSITY_DECAY, 1.0);
        }
        return run.build();
    }

    /**
     * The arrays of one run: the batch (n × B floats), the step's chunk of z, hᵀ and dhᵀ ((n + 2m) × C floats,
     * C ≤ B + 31), its 16 lane sums per entry of W, W with its gradient and AdamW moments, the evaluator's double
     * W: 4·n·B + 4·C·(n + 2m) + 88·n·m bytes, the batch's term the largest at the geometry run's shapes.
     */
    @Override
    public Footprint footprint(RunSpec spec) {
        long n = spec.nFeatures();
        long m = spec.dMlp();
        long b = spec.batch();
        long c = TmsStep.chunk(spec.dMlp(), spec.batch());
        return new Footprint(4 * n * b + 4 * c * (n + 2 * m) + 88 * n * m, Keys.BATCH, "4·n·B + 4·C·(n + 2m) + 88·n·m bytes"
                + " at B = train.batch, n = model.n-features, m = model.d-mlp, C = " + c + " (the step's chunk)");
    }

    @Override
    public RunResult execute(RunSpec spec) {
        return TmsOutput.of(TmsExecutor.execute(TmsRun.of(spec)));
    }

    /** Runs of the same shapes, recipe and evaluation, whatever their seed, p_train and decays, form groups. */
    @Override
    public Optional<String> lockstepKey(RunSpec spec) {
        return Optional.of(spec.without(Keys.SEED).without(Keys.MIXING_SEED).without(Keys.P_TRAIN).without(Keys.EVAL_P)
                .without(TmsKeys.IMPORTANCE_DECAY).without(TmsKeys.DENSITY_DECAY).id());
    }

    @Override
    public List<Outcome> executeTogether(List<RunSpec> specs) {
        Optional<String> key = lockstepKey(specs.get(0));
        for (RunSpec spec : specs) {
            if (!key.equals(lockstepKey(spec))) {
                throw new IllegalArgumentException("not a group of one shape and recipe: " + spec.canonical());
            }
        }
        return TmsExecutor.executeTogether(specs.stream().map(TmsRun::of).toList());
    }

    @Override
    public DenseProblem problem(RunSpec spec) {
        TmsRun run = TmsRun.of(spec);
        return new TmsProblem(run.n(), run.m(), run.importance(), spec.get(TmsKeys.DENSITY_DECAY));
    }
}
