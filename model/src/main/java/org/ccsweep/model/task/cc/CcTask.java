package org.ccsweep.model.task.cc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.CommonChecks;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.Footprint;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.GroupFit;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Violation;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.task.cc.net.ResidualModel;

/**
 * The Compressed Computation task (shared/science.md): the paper's simplified model and Braun et al.'s
 * residual model on labels ReLU(x) + |s| · x · Mᵀ, trained by {@link RunExecutor} with the sparse
 * Gram-form step, lock-step groups of runs that share their batches, and the stratified evaluator that
 * is exact for one active feature; on a GPU, groups of many runs by the CUDA trainer ({@link CcGroupDevice}).
 */
public final class CcTask implements Task {
    public static final String NAME = "cc";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Key<?>> keys() {
        return CcKeys.ALL;
    }

    @Override
    public List<Key<?>> gridOrder() {
        return CcKeys.GRID;
    }

    @Override
    public List<Key<?>> summaryKeys() {
        return List.of(CcKeys.MODEL, CcKeys.MIXING, CcKeys.SIGMA, Keys.P_TRAIN, CcKeys.LEARN_SIGMA, CcKeys.INPUT_MODE,
                CcKeys.RANK, Keys.STEPS);
    }

    @Override
    public Optional<Violation> check(RunSpec raw) {
        int n = raw.nFeatures();
        Optional<Violation> shape = CommonChecks.bottleneck(raw).or(() -> arrays(raw));
        if (shape.isPresent()) {
            return shape;
        }
        MixingKind mixing = raw.get(CcKeys.MIXING);
        if (mixing == MixingKind.LOW_RANK && raw.get(CcKeys.RANK) > n) {
            return Optional.of(Violation.of(CcKeys.RANK, raw.get(CcKeys.RANK) + " is not ≤ model.n-features (" + n
                    + "), which the low-rank kind needs", Keys.N_FEATURES));
        }
        if (raw.get(CcKeys.MODEL) == ModelKind.RESIDUAL) {
            Optional<Violation> residual = residual(raw, mixing);
            if (residual.isPresent()) {
                return residual;
            }
        }
        if (raw.get(CcKeys.SCALE_STEPS) && raw.get(CcKeys.INPUT_MODE) == InputMode.BERNOULLI) {
            long steps = StepScaling.scaledSteps(raw.steps(), raw.pTrain(), n);
            if (steps > Integer.MAX_VALUE) {
                return Optional.of(Violation.of(CcKeys.SCALE_STEPS, "true gives " + steps + " steps at sweep.grid.p-train = "
                        + raw.pTrain() + ", more than " + Integer.MAX_VALUE + "; raise p-train or turn scaling off",
                        Keys.P_TRAIN, Keys.STEPS));
            }
        }
        return Optional.empty();
    }

    /**
     * Every array a run allocates must fit an int: M (n × n), a batch (B × n entries), the embedding W_E
     * (n × d_embed) and the residual model's weights (d_embed × d).
     */
    private static Optional<Violation> arrays(RunSpec raw) {
        long n = raw.nFeatures();
        long e = raw.get(CcKeys.D_EMBED);
        boolean embedded = raw.get(CcKeys.MIXING) == MixingKind.EMBEDDING || raw.get(CcKeys.MODEL) == ModelKind.RESIDUAL;
        return CommonChecks.array(Keys.N_FEATURES, n, "M an n × n matrix", n * n)
                .or(() -> CommonChecks.array(Keys.BATCH, raw.batch(), "a batch of batch × model.n-features (" + n + ")",
                        raw.batch() * n, Keys.N_FEATURES))
                .or(() -> embedded ? CommonChecks.array(CcKeys.D_EMBED, e, "the embedding W_E, model.n-features ("
                        + n + ") × d-embed", n * e, Keys.N_FEATURES) : Optional.empty())
                .or(() -> embedded ? CommonChecks.array(CcKeys.D_EMBED, e, "the residual model's W_in, d-embed × "
                        + "model.d-mlp (" + raw.dMlp() + ")", e * raw.dMlp(), Keys.D_MLP) : Optional.empty());
    }

    /**
     * The arrays of one run, from the step's buffers (two B × n of the sparse batch and two of its layout,
     * three more with copies in native memory on the dense step), the hidden rows (B × d, in Java and
     * native memory), M and its scaled and transposed copies (n²), and W_E where the run embeds
     * (n × d_embed, double and float): 40·B·n + 24·B·d + 16·n² (+ 12·n·d_embed) bytes, the batch's term
     * the largest at the paper's shapes (8 MB of about 11 MB).
     */
    @Override
    public Footprint footprint(RunSpec spec) {
        CcRun run = CcRun.of(spec);
        long b = run.batch();
        long n = run.nFeatures();
        long d = run.dMlp();
        boolean embedded = run.mixing() == MixingKind.EMBEDDING || run.model() == ModelKind.RESIDUAL;
        long bytes = 40 * b * n + 24 * b * d + 16 * n * n + (embedded ? 12 * n * run.dEmbed() : 0);
        return new Footprint(bytes, Keys.BATCH, "40·B·n + 24·B·d + 16·n²" + (embedded ? " + 12·n·d_embed" : "")
                + " bytes at B = train.batch, n = model.n-features, d = model.d-mlp");
    }

    /** What the residual model needs: its M is I − W_E W_Eᵀ at scale 1, no scale to learn, no transplant. */
    private static Optional<Violation> residual(RunSpec raw, MixingKind mixing) {
        String why = " (sweep.grid.model includes residual, whose M is I − W_E W_Eᵀ at scale 1)";
        if (mixing != MixingKind.EMBEDDING) {
            return Optional.of(Violation.of(CcKeys.MIXING, Key.spell(mixing)
                    + " is not embedding, the only kind the residual model allows" + why, CcKeys.MODEL));
        }
        if (raw.get(CcKeys.LEARN_SIGMA)) {
            return Optional.of(Violation.of(CcKeys.LEARN_SIGMA, "true is not allowed: the residual model has no scale to learn"
                    + why, CcKeys.MODEL));
        }
        if (raw.get(CcKeys.TRANSPLANT_STEPS) != 0) {
            return Optional.of(Violation.of(CcKeys.TRANSPLANT_STEPS, raw.get(CcKeys.TRANSPLANT_STEPS)
                    + " is not 0: only the simplified model can be transplanted" + why, CcKeys.MODEL));
        }
        return Optional.empty();
    }

    /**
     * The run as it trains: σ = 1 for the residual model (it has no scale) and σ = 0 for the clean kind
     * with a fixed σ (M = 0); the low-rank options only for the low-rank kind; the steps scaled by
     * {@link StepScaling} for Bernoulli inputs when train.scale-steps is on (the transplant phase's are
     * not), and the scale-steps flag only where it applies.
     */
    @Override
    public RunSpec resolve(RunSpec raw) {
        RunSpec.Builder run = raw.toBuilder();
        ModelKind model = raw.get(CcKeys.MODEL);
        MixingKind mixing = raw.get(CcKeys.MIXING);
        if (model == ModelKind.RESIDUAL) {
            run.set(CcKeys.SIGMA, 1.0);
        } else if (mixing == MixingKind.CLEAN && !raw.get(CcKeys.LEARN_SIGMA)) {
            run.set(CcKeys.SIGMA, 0.0);
        }
        if (mixing != MixingKind.LOW_RANK) {
            CcKeys.LOW_RANK.forEach(run::remove);
        }
        if (raw.get(CcKeys.INPUT_MODE) == InputMode.BERNOULLI) {
            if (raw.get(CcKeys.SCALE_STEPS)) {
                run.set(Keys.STEPS, (int) StepScaling.scaledSteps(raw.steps(), raw.pTrain(), raw.nFeatures()));
            }
        } else {
            run.remove(CcKeys.SCALE_STEPS);
        }
        return run.build();
    }

    @Override
    public RunResult execute(RunSpec spec) {
        return CcOutput.of(RunExecutor.execute(CcRun.of(spec)));
    }

    @Override
    public Optional<String> lockstepKey(RunSpec spec) {
        return Lockstep.key(CcRun.of(spec));
    }

    @Override
    public List<Outcome> executeTogether(List<RunSpec> specs) {
        List<Outcome> outcomes = new ArrayList<>();
        for (RunExecutor.Outcome o : RunExecutor.executeTogether(specs.stream().map(CcRun::of).toList())) {
            outcomes.add(new Outcome(o.spec().spec(), o.result() == null ? null : CcOutput.of(o.result()), o.failure()));
        }
        return outcomes;
    }

    /**
     * Simplified models without a transplant phase at n = 100, d = 50 ({@link GroupRuns}); runs that differ
     * only in their seeds, σ, learnt σ, kind of M and what they measure train in one group.
     */
    @Override
    public GroupFit groupFit(RunSpec spec) {
        return GroupRuns.fit(CcRun.of(spec));
    }

    @Override
    public GroupDevice openGroupDevice(DeviceChoice choice) {
        return CcGroupDevice.open(choice);
    }

    @Override
    public DenseProblem problem(RunSpec spec) {
        CcRun run = CcRun.of(spec);
        if (run.model() == ModelKind.RESIDUAL) {
            ResidualModel model = ResidualModel.init(run.nFeatures(), run.dMlp(), run.dEmbed(), run.streams().mixing(),
                    run.streams().init());
            return new ResidualProblem(run.nFeatures(), run.dMlp(), run.dEmbed(), model.wE(), run.inputMode());
        }
        return new CcProblem(run.nFeatures(), run.dMlp(), MixingMatrix.build(run.mixing(), run.nFeatures(),
                run.dEmbed(), run.lowRank(), run.streams().mixing()), run.inputMode());
    }
}
