package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;

/** Pending runs become tasks: same-seed σ variants together, at most engine.lockstep of them, in order. */
class LockstepGroupsTest {
    private static RunSpec run(double sigma, long seed) {
        return TestRuns.spec(MixingKind.ASYMMETRIC, sigma, seed);
    }

    @Test
    void sameSeedRunsGroupUpToTheCapInOrderOfFirstAppearance() {
        List<RunSpec> pending = List.of(run(0.01, 1), run(0.01, 2), run(0.02, 1), run(0.03, 1), run(0.04, 1),
                run(0.05, 1), run(0.02, 2));
        assertThat(LockstepGroups.of(pending, 4)).containsExactly(
                List.of(run(0.01, 1), run(0.02, 1), run(0.03, 1), run(0.04, 1)), List.of(run(0.05, 1)),
                List.of(run(0.01, 2), run(0.02, 2)));
    }

    @Test
    void lockstepOneAndRunsWithoutAKeyTrainAlone() {
        List<RunSpec> pending = List.of(run(0.01, 1), run(0.02, 1));
        assertThat(LockstepGroups.of(pending, 1)).containsExactly(List.of(run(0.01, 1)), List.of(run(0.02, 1)));
        RunSpec transplant = run(0.01, 1).with(CcKeys.TRANSPLANT_STEPS, 5);
        assertThat(LockstepGroups.of(List.of(transplant, run(0.02, 1)), 4))
                .containsExactly(List.of(transplant), List.of(run(0.02, 1)));
    }
}
