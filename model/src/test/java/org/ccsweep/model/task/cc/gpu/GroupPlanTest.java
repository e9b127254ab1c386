package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;

/** Streams per distinct seed, M's per distinct content, pairs per distinct (stream, M), in first-use order. */
class GroupPlanTest {
    @Test
    void membersShareStreamsMixingsAndPairsByValue() {
        GpuMember a = TestGroups.member(5, 0.02f, false, MixingKind.ASYMMETRIC, 1);
        GpuMember b = TestGroups.member(7, 0.02f, false, MixingKind.SYMMETRIC, 2);
        GpuMember sameMAsA = TestGroups.member(5, 0.04f, true, MixingKind.ASYMMETRIC, 1);
        GpuMember c = TestGroups.member(9, 0.01f, false, MixingKind.ASYMMETRIC, 1);
        GpuMember d = TestGroups.member(7, 0.03f, false, MixingKind.CLEAN, 3);
        GroupPlan plan = GroupPlan.of(TestGroups.group(InputMode.BERNOULLI, 0.01, 64, 1, List.of(a, b, sameMAsA, c, d)));

        assertThat(plan.streamSeed).containsExactly(5L, 7L, 9L);
        assertThat(plan.memberStream).containsExactly(0, 1, 0, 2, 1);
        assertThat(plan.mixings).hasSize(3);
        assertThat(plan.mixings.get(0)).containsExactly(a.mixing());
        assertThat(plan.mixings.get(2)).containsExactly(d.mixing());
        assertThat(plan.memberMixing).containsExactly(0, 1, 0, 0, 2);
        assertThat(plan.memberPair).containsExactly(0, 1, 0, 2, 3);
        assertThat(plan.pairStream).containsExactly(0, 1, 2, 1);
        assertThat(plan.pairMixing).containsExactly(0, 1, 0, 2);
    }
}
