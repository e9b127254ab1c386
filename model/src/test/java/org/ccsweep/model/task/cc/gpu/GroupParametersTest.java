package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.junit.jupiter.api.Test;

/** Member i's block of the packed initial values is the run's own init (RunExecutor's streams), s and flag. */
class GroupParametersTest {
    @Test
    void blocksAreEachMembersInitialModel() {
        List<GpuMember> members = List.of(TestGroups.member(3, 0.02f, false, MixingKind.ASYMMETRIC, 1),
                TestGroups.member(8, -0.5f, true, MixingKind.SYMMETRIC, 1),
                TestGroups.member(3, 0.07f, false, MixingKind.ASYMMETRIC, 2));
        GroupParameters packed = GroupParameters.initial(TestGroups.group(InputMode.BERNOULLI, 0.01, 64, 1, members));
        int size = 100 * 50;
        for (int i = 0; i < members.size(); i++) {
            long seed = members.get(i).seed();
            SimplifiedModel run = SimplifiedModel.init(100, 50, new SeedStreams(seed, seed + 1000).init());
            assertThat(GroupParameters.block(packed.wIn, i, size)).containsExactly(run.wIn());
            assertThat(GroupParameters.block(packed.wOut, i, size)).containsExactly(run.wOut());
        }
        assertThat(packed.sigma).containsExactly(0.02f, -0.5f, 0.07f);
        assertThat(packed.learnSigma).containsExactly(0, 1, 0);
    }
}
