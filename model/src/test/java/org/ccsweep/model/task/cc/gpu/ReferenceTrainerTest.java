package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;

/** A member trains to the same bits in any group, and a diverging member stops alone. */
class ReferenceTrainerTest {
    @Test
    void aMembersResultDoesNotDependOnItsGroup() {
        GpuMember member = TestGroups.member(3, 0.02f, true, MixingKind.SYMMETRIC, 1);
        List<GpuMember> crowd = List.of(TestGroups.member(4, 0.02f, false, MixingKind.ASYMMETRIC, 2), member,
                TestGroups.member(3, 0.05f, false, MixingKind.SYMMETRIC, 1));
        TrainedMember alone = ReferenceTrainer.train(TestGroups.group(InputMode.BERNOULLI, 0.01, 512, 60,
                List.of(member))).get(0);
        TrainedMember inCrowd = ReferenceTrainer.train(TestGroups.group(InputMode.BERNOULLI, 0.01, 512, 60, crowd))
                .get(1);

        assertThat(inCrowd.wIn()).containsExactly(alone.wIn());
        assertThat(inCrowd.wOut()).containsExactly(alone.wOut());
        assertThat(inCrowd.training().sigma()).isEqualTo(alone.training().sigma()).isNotEqualTo(0.02f);
        assertThat(inCrowd.training().curveLoss()).containsExactly(alone.training().curveLoss());
        assertThat(alone.training().curveSteps()).containsExactly(6, 12, 18, 24, 30, 36, 42, 48, 54, 60);
        assertThat(alone.training().finalLoss()).isEqualTo(alone.training().curveLoss()[9]);
    }

    @Test
    void aDivergingMemberStopsAtItsStepAndTheOthersFinish() {
        List<TrainedMember> trained = ReferenceTrainer.train(TestGroups.group(InputMode.EXACTLY_ONE, 1.0, 256, 20,
                List.of(TestGroups.member(1, 1e30f, false, MixingKind.ASYMMETRIC, 1),
                        TestGroups.member(1, 0.02f, false, MixingKind.ASYMMETRIC, 1))));

        assertThat(trained.get(0).diverged()).isNotNull();
        assertThat(trained.get(0).diverged().step()).isEqualTo(1);
        assertThat(trained.get(0).diverged().loss()).isInfinite();
        assertThat(trained.get(0).training()).isNull();
        assertThat(trained.get(1).diverged()).isNull();
        assertThat(trained.get(1).training().finalLoss()).isFinite().isPositive();
    }
}
