package org.ccsweep.model.task.cc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.GroupFit;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * Which CC runs the group trainer ({@link org.ccsweep.model.task.cc.gpu.GroupTrainer}) takes, and the
 * {@link GpuGroup} they make. It takes simplified models without a transplant phase at the kernels' shapes
 * (n = 100, d = 50), holding only keys it knows. Runs share a group when they agree on every key but those
 * a member sets for itself (its seeds, σ and whether it is learnt, the kind of M and its options) and those
 * of what happens after training (eval.*, analysis), which each run does alone on the CPU.
 *
 * <p>A run holding a key listed in neither set is refused: the group trainer must not train without a
 * setting the CPU trainer would apply. A new key joins a set here once the group path honours it.
 */
final class GroupRuns {
    /** Keys each member holds for itself, or that apply after training. */
    private static final Set<Key<?>> PER_MEMBER = Set.of(Keys.SEED, Keys.MIXING_SEED, CcKeys.SIGMA, CcKeys.LEARN_SIGMA,
            CcKeys.MIXING, CcKeys.D_EMBED, CcKeys.RANK, CcKeys.ORTHONORMAL, CcKeys.TIED, CcKeys.ZERO_DIAGONAL,
            CcKeys.SYMMETRISE, Keys.EVAL_P, Keys.EVAL_TARGET_REL_SE, Keys.EVAL_PILOT_PER_K, Keys.EVAL_MAX_SAMPLES,
            CcKeys.ANALYSIS);

    /** Keys a group holds in common: its recipe ({@link GpuGroup}'s fields) and what it checks. */
    private static final Set<Key<?>> SHARED = Set.of(Keys.TASK, Keys.P_TRAIN, Keys.N_FEATURES, Keys.D_MLP, Keys.STEPS,
            Keys.BATCH, Keys.LR, Keys.SCHEDULE, Keys.BETA1, Keys.BETA2, Keys.EPS, Keys.WEIGHT_DECAY, Keys.CURVE_POINTS,
            CcKeys.MODEL, CcKeys.INPUT_MODE, CcKeys.SCALE_STEPS, CcKeys.TRANSPLANT_STEPS);

    private GroupRuns() {
    }

    /** The run's group key, or why the group trainer cannot train it. */
    static GroupFit fit(CcRun run) {
        RunSpec spec = run.spec();
        for (Map.Entry<Key<?>, Object> entry : spec.values().entrySet()) {
            Key<?> key = entry.getKey();
            if (!PER_MEMBER.contains(key) && !SHARED.contains(key)) {
                return GroupFit.refused(key.path() + " = " + Key.spell(entry.getValue())
                        + ": the CUDA trainer does not read this key");
            }
        }
        if (run.model() != ModelKind.SIMPLIFIED) {
            return GroupFit.refused(CcKeys.MODEL.path() + " = " + Key.spell(run.model())
                    + ": the CUDA trainer trains the simplified model only");
        }
        if (run.transplantSteps() > 0) {
            return GroupFit.refused(CcKeys.TRANSPLANT_STEPS.path() + " = " + run.transplantSteps()
                    + ": the CUDA trainer has no transplant phase");
        }
        if (!GpuGroup.supports(run.nFeatures(), run.dMlp())) {
            return GroupFit.refused(Keys.N_FEATURES.path() + " = " + run.nFeatures() + ", " + Keys.D_MLP.path() + " = "
                    + run.dMlp() + ": the CUDA trainer's kernels are built for n = " + GpuGroup.N_FEATURES + ", d = "
                    + GpuGroup.D_MLP);
        }
        RunSpec.Builder shared = spec.toBuilder();
        PER_MEMBER.forEach(shared::remove);
        return GroupFit.of(shared.build().id());
    }

    /**
     * The group of runs that share a group key, member i run i: its seed, σ (as float, as the CPU trainer
     * takes it), whether σ is learnt, and its M, built once per distinct (kind, mixing seed, options).
     *
     * @throws IllegalArgumentException when a run is refused or the runs do not share a key
     */
    static GpuGroup group(List<CcRun> runs) {
        GroupFit first = fit(runs.get(0));
        if (!first.fits()) {
            throw new IllegalArgumentException("the group trainer cannot train run " + runs.get(0).id() + ": "
                    + first.refusal());
        }
        Map<MixingSource, float[]> mixings = new HashMap<>();
        List<GpuMember> members = new ArrayList<>();
        for (CcRun run : runs) {
            if (!first.equals(fit(run))) {
                throw new IllegalArgumentException("not one group: run " + run.id() + " does not share the group key of run "
                        + runs.get(0).id());
            }
            float[] mixing = mixings.computeIfAbsent(MixingSource.of(run), source -> MixingMatrix.build(run.mixing(),
                    run.nFeatures(), run.dEmbed(), run.lowRank(), run.streams().mixing()));
            members.add(new GpuMember(run.seed(), (float) run.sigma(), run.learnSigma(), mixing));
        }
        CcRun recipe = runs.get(0);
        return new GpuGroup(recipe.nFeatures(), recipe.dMlp(), recipe.batch(), recipe.steps(), recipe.lr(),
                recipe.schedule(), recipe.beta1(), recipe.beta2(), recipe.eps(), recipe.weightDecay(), recipe.inputMode(),
                recipe.pTrain(), recipe.curvePoints(), members);
    }

    /** What a run's M is drawn from (its n is the group's). */
    private record MixingSource(MixingKind kind, long mixingSeed, int dEmbed, LowRankOptions lowRank) {
        static MixingSource of(CcRun run) {
            return new MixingSource(run.mixing(), run.mixingSeed(), run.dEmbed(), run.lowRank());
        }
    }
}
