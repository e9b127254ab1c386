package org.ccsweep.bench.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.junit.jupiter.api.Test;

/** The check's Figure 5 right group is conf/paper/fig5-right.conf's 410 runs, and its σ = 0.02 rows are found. */
class CheckGroupsTest {
    @Test
    void figure5RightIsTheSweepsRunsInOrder() {
        List<GpuMember> members = CheckGroups.figure5Right();
        assertThat(members).hasSize(410);
        assertThat(CheckGroups.sigma(0)).isZero();
        assertThat(CheckGroups.sigma(40)).isEqualTo(0.08f);
        assertThat(CheckGroups.sigma(10)).isEqualTo(0.02f);
        for (int seed = 0; seed < 5; seed++) {
            GpuMember asymmetric = members.get((41 + 10) * 5 + seed);
            assertThat(asymmetric.seed()).isEqualTo(seed);
            assertThat(asymmetric.sigma()).isEqualTo(0.02f);
            assertThat(asymmetric.mixing()).containsExactly(MixingMatrix.build(MixingKind.ASYMMETRIC, 100, 1000, null,
                    new SeedStreams(seed, seed).mixing()));
            GpuMember symmetric = members.get(10 * 5 + seed);
            assertThat(symmetric.mixing()[1]).isEqualTo(symmetric.mixing()[100]);
        }
        GpuCheck.Figure5 figure5 = new GpuCheck.Figure5(members, indexValues(410), 0, 0, 0, 0);
        assertThat(figure5.paperDefault()).containsExactly(255.0, 256.0, 257.0, 258.0, 259.0);
    }

    private static double[] indexValues(int size) {
        double[] values = new double[size];
        Arrays.setAll(values, i -> i);
        return values;
    }
}
