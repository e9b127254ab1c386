package org.ccsweep.bench.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.GroupFit;
import org.ccsweep.model.task.cc.CcTask;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;

/**
 * The check's Figure 5 right runs are conf/paper/fig5-right.conf's 410, with the steps asked for; they make
 * one GPU group; and five of them, one per seed, are the peers' setting (asymmetric M, σ = 0.02).
 */
class Figure5RunsTest {
    @Test
    void theConfsRunsMakeOneGroupAndHoldThePeersSetting() {
        List<RunSpec> runs = GpuCheck.figure5Runs(Path.of(".."), 1_000);
        assertThat(runs).hasSize(410).allSatisfy(r -> assertThat(r.steps()).isEqualTo(1_000));
        CcTask task = new CcTask();
        assertThat(runs.stream().map(task::groupFit).map(GroupFit::key).distinct()).hasSize(1).doesNotContainNull();
        assertThat(runs.stream().filter(r -> GpuCheck.Figure5.at(r, MixingKind.ASYMMETRIC, 0.02)).map(r -> r.get(Keys.SEED)))
                .containsExactly(0L, 1L, 2L, 3L, 4L);
    }
}
