package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.run.RunSpec;
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
        RunSpec transplant = new RunSpec(4, 2, 10, run(0.01, 1).inputMode(), 0.1, MixingKind.ASYMMETRIC, null, 0.01,
                false, 20, 8, 3e-3, 0.9, 0.999, 1e-8, 1e-2, 1, 1, new double[] {0.01, 0.1, 1.0},
                run(0.01, 1).evalPrecision(), 2, run(0.01, 1).model(), 5, false);
        assertThat(LockstepGroups.of(List.of(transplant, run(0.02, 1)), 4))
                .containsExactly(List.of(transplant), List.of(run(0.02, 1)));
    }
}
