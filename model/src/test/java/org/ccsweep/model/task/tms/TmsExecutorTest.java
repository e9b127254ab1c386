package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.train.DivergedException;
import org.junit.jupiter.api.Test;

/**
 * A run gives the same bits alone and in a group, wherever it stands in the group and whatever the others' seeds and
 * p are; a run that diverges fails alone and the others of its group still succeed.
 */
class TmsExecutorTest {
    private static final TmsTask TASK = new TmsTask();

    private static RunSpec run(long seed, double p) {
        return TmsSpecs.intro(seed).set(Keys.P_TRAIN, p).set(Keys.EVAL_P, new double[] {0.1, p}).set(Keys.STEPS, 1500)
                .set(Keys.BATCH, 256).set(Keys.EVAL_MAX_SAMPLES, 20_000L).build();
    }

    @Test
    void aRunAloneAndInAGroupGivesTheSameBits() {
        List<RunSpec> runs = List.of(run(3, 0.05), run(4, 0.3), run(3, 0.7));
        List<Outcome> together = TASK.executeTogether(List.of(runs.get(2), runs.get(0), runs.get(1)));
        for (int i = 0; i < 3; i++) {
            RunSpec spec = together.get(i).spec();
            RunResult alone = TASK.execute(spec);
            RunResult grouped = together.get(i).result();
            assertThat(grouped.spec()).isEqualTo(spec);
            TmsResult a = ((TmsOutput) alone.output()).result();
            TmsResult g = ((TmsOutput) grouped.output()).result();
            assertThat(g.w()).containsExactly(a.w());
            assertThat(g.b()).containsExactly(a.b());
            assertThat(g.curveLoss()).containsExactly(a.curveLoss());
            assertThat(g.profile().loss()).containsExactly(a.profile().loss());
            assertThat(g.profile().stderr()).containsExactly(a.profile().stderr());
            assertThat(g.geometry().dimensionality()).containsExactly(a.geometry().dimensionality());
        }
        assertThat(((TmsOutput) together.get(0).result().output()).result().w())
                .isNotEqualTo(((TmsOutput) together.get(1).result().output()).result().w());
    }

    /** lr = 1e30 makes W overflow float32 within a few steps; the group's executor isolates the failure. */
    @Test
    void aDivergingRunFailsAlone() {
        TmsRun diverging = TmsRun.of(run(5, 0.05).with(Keys.LR, 1e30));
        assertThatThrownBy(() -> TmsExecutor.execute(diverging)).isInstanceOf(DivergedException.class);
        List<Outcome> outcomes = TmsExecutor.executeTogether(List.of(diverging, TmsRun.of(run(5, 0.05))));
        assertThat(outcomes.get(0).failure()).isInstanceOf(DivergedException.class);
        assertThat(outcomes.get(1).result()).isNotNull();
    }

    @Test
    void runsOfAnotherRecipeAreNotAGroup() {
        assertThatThrownBy(() -> TASK.executeTogether(List.of(run(5, 0.05), run(5, 0.05).with(Keys.LR, 2e-3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a group");
    }

    @Test
    void runsOfOtherShapesDoNotGroup() {
        assertThat(TASK.lockstepKey(run(1, 0.05))).isEqualTo(TASK.lockstepKey(run(2, 0.5)));
        assertThat(TASK.lockstepKey(run(1, 0.05)))
                .isNotEqualTo(TASK.lockstepKey(run(1, 0.05).with(Keys.D_MLP, 3)));
    }
}
