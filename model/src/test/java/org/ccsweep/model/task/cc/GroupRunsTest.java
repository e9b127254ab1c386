package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.Rule;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.GroupFit;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.train.Schedule;
import org.junit.jupiter.api.Test;

/**
 * Which runs the group trainer takes, which of them share a group, and the group they make: each member
 * is its own run (seed, σ, learnt σ, M from its own mixing stream), the recipe the runs'.
 */
class GroupRunsTest {
    private static final RunSpec BASE = CcSpecs.paper(3, 3).set(Keys.STEPS, 40).set(Keys.BATCH, 256).build();

    @Test
    void runsThatDifferInMemberKeysOrMeasurementShareAGroup() {
        String key = key(BASE.toBuilder());
        assertThat(List.of(
                key(BASE.toBuilder().set(Keys.SEED, 4L).set(Keys.MIXING_SEED, 9L)),
                key(BASE.toBuilder().set(CcKeys.SIGMA, 0.07).set(CcKeys.LEARN_SIGMA, true)),
                key(BASE.toBuilder().set(CcKeys.MIXING, MixingKind.SYMMETRIC)),
                key(BASE.toBuilder().set(CcKeys.MIXING, MixingKind.LOW_RANK).set(CcKeys.RANK, 5)
                        .set(CcKeys.ORTHONORMAL, true).set(CcKeys.TIED, false).set(CcKeys.ZERO_DIAGONAL, true)
                        .set(CcKeys.SYMMETRISE, false)),
                key(BASE.toBuilder().set(Keys.EVAL_P, new double[] {0.01, 0.3}).set(Keys.EVAL_MAX_SAMPLES, 10L)
                        .set(CcKeys.ANALYSIS, true))))
                .containsOnly(key);
    }

    @Test
    void runsThatDifferInTheRecipeDoNot() {
        String key = key(BASE.toBuilder());
        assertThat(List.of(
                key(BASE.toBuilder().set(Keys.STEPS, 41)),
                key(BASE.toBuilder().set(Keys.BATCH, 512)),
                key(BASE.toBuilder().set(Keys.LR, 1e-3)),
                key(BASE.toBuilder().set(Keys.SCHEDULE, Schedule.CONSTANT)),
                key(BASE.toBuilder().set(Keys.P_TRAIN, 0.02)),
                key(BASE.toBuilder().set(CcKeys.INPUT_MODE, InputMode.EXACTLY_ONE)),
                key(BASE.toBuilder().set(Keys.CURVE_POINTS, 7))))
                .doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void refusesWhatTheKernelsDoNotTrainNamingTheKey() {
        assertThat(refusal(BASE.toBuilder().set(CcKeys.MODEL, ModelKind.RESIDUAL)))
                .startsWith("sweep.grid.model = residual: ");
        assertThat(refusal(BASE.toBuilder().set(CcKeys.TRANSPLANT_STEPS, 10)))
                .startsWith("train.transplant-steps = 10: ");
        assertThat(refusal(BASE.toBuilder().set(Keys.D_MLP, 20)))
                .startsWith("model.n-features = 100, model.d-mlp = 20: ").contains("n = 100, d = 50");
    }

    @Test
    void refusesARunHoldingAKeyItDoesNotRead() {
        Key<Integer> warmup = Key.integer("train.warmup", Rule.integerAtLeast(0), "warmup");
        assertThat(refusal(BASE.toBuilder().set(warmup, 100)))
                .isEqualTo("train.warmup = 100: the CUDA trainer does not read this key");
    }

    @Test
    void eachMemberIsItsRunAndTheRecipeTheRuns() {
        List<CcRun> runs = List.of(
                CcRun.of(BASE.toBuilder().set(Keys.SEED, 5L).set(CcKeys.SIGMA, 0.03).build()),
                CcRun.of(BASE.toBuilder().set(Keys.MIXING_SEED, 8L).set(CcKeys.MIXING, MixingKind.SYMMETRIC)
                        .set(CcKeys.LEARN_SIGMA, true).build()),
                CcRun.of(BASE.toBuilder().set(CcKeys.SIGMA, 0.05).build()));
        GpuGroup group = GroupRuns.group(runs);

        assertThat(List.of(group.nFeatures(), group.dMlp(), group.batch(), group.steps(), group.curvePoints()))
                .containsExactly(100, 50, 256, 40, 200);
        assertThat(group.lr()).isEqualTo(3e-3);
        assertThat(group.pTrain()).isEqualTo(0.01);
        for (int i = 0; i < runs.size(); i++) {
            CcRun run = runs.get(i);
            GpuMember member = group.members().get(i);
            assertThat(member.seed()).isEqualTo(run.seed());
            assertThat(member.sigma()).isEqualTo((float) run.sigma());
            assertThat(member.learnSigma()).isEqualTo(run.learnSigma());
            assertThat(member.mixing()).containsExactly(MixingMatrix.build(run.mixing(), 100, run.dEmbed(), null,
                    run.streams().mixing()));
        }
        assertThat(Arrays.equals(group.members().get(0).mixing(), group.members().get(2).mixing()))
                .as("runs 0 and 2 share their mixing seed and kind, so their M").isTrue();
        assertThat(Arrays.equals(group.members().get(0).mixing(), group.members().get(1).mixing())).isFalse();
    }

    @Test
    void runsOfTwoGroupsOrARefusedRunMakeNoGroup() {
        CcRun run = CcRun.of(BASE);
        assertThatThrownBy(() -> GroupRuns.group(List.of(run, CcRun.of(BASE.toBuilder().set(Keys.LR, 1e-3).build()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not share the group key");
        assertThatThrownBy(() -> GroupRuns.group(List.of(CcRun.of(BASE.toBuilder()
                .set(CcKeys.MODEL, ModelKind.RESIDUAL).build()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sweep.grid.model = residual");
    }

    private static String key(RunSpec.Builder spec) {
        GroupFit fit = GroupRuns.fit(CcRun.of(spec.build()));
        assertThat(fit.fits()).as(fit.refusal()).isTrue();
        return fit.key();
    }

    private static String refusal(RunSpec.Builder spec) {
        GroupFit fit = GroupRuns.fit(CcRun.of(spec.build()));
        assertThat(fit.fits()).isFalse();
        return fit.refusal();
    }
}
