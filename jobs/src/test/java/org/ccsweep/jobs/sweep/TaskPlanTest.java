package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.Test;

/**
 * Pending runs as tasks for each backend: lock-step groups on the CPU; in GPU groups, the runs the group
 * trainer takes by group key in near-equal tasks of at most engine.gpu-group-size, the rest on the CPU
 * (auto) or refused (cuda); tasks in the order of their first run.
 */
class TaskPlanTest {
    /** 9 simplified runs (3 σ × 3 seeds, one group key) then 3 residual runs (no group trainer). */
    private static SweepSpec sweep(String backend, int groupSize, String steps) {
        String text = """
                sweep { output = "%s", seeds = [0, 1, 2], grid { model = [simplified, residual], mixing = [embedding],
                        sigma = [0.01, 0.02, 0.03], "train.steps" = %s } }
                train.curve-points = 5
        engine { backend = %s, gpu-group-size = %d }
                """.formatted(System.getProperty("java.io.tmpdir"), steps, backend, groupSize);
        return SweepSpecs.from(ConfigFactory.parseString(text).withFallback(ConfigFactory.parseResources("reference.conf"))
                .resolve());
    }

    private static TaskPlan plan(SweepSpec sweep, boolean onDevices) {
        return TaskPlan.of(sweep.runs(), sweep.engine(), onDevices, 2);
    }

    @Test
    void onTheCpuEveryTaskIsALockstepGroup() {
        SweepSpec sweep = sweep("auto", 4, "[10]");
        TaskPlan plan = plan(sweep, false);
        assertThat(plan.tasks()).extracting(TaskRuns::mode).containsOnly(TaskRuns.Mode.CPU);
        assertThat(plan.tasks()).extracting(TaskRuns::runs).containsExactlyElementsOf(LockstepGroups.of(sweep.runs(), 4));
        assertThat(plan.describe()).isEmpty();
    }

    @Test
    void cudaSplitsAGroupKeyIntoNearEqualTasksAndRefusesTheRest() {
        SweepSpec sweep = sweep("cuda", 4, "[10]");
        List<RunSpec> runs = sweep.runs();
        TaskPlan plan = plan(sweep, true);
        assertThat(plan.tasks()).extracting(TaskRuns::runs).containsExactly(runs.subList(0, 3), runs.subList(3, 6),
                runs.subList(6, 9), List.of(runs.get(9)), List.of(runs.get(10)), List.of(runs.get(11)));
        assertThat(plan.tasks()).extracting(TaskRuns::mode).containsExactly(TaskRuns.Mode.DEVICE, TaskRuns.Mode.DEVICE,
                TaskRuns.Mode.DEVICE, TaskRuns.Mode.REFUSED, TaskRuns.Mode.REFUSED, TaskRuns.Mode.REFUSED);
        assertThat(runs.subList(9, 12)).allSatisfy(r -> assertThat(r.get(CcKeys.MODEL)).isEqualTo(ModelKind.RESIDUAL));
        assertThat(plan.settings()).isEqualTo(new TaskSettings(sweep.engine().backend(), 4, 2));
        assertThat(plan.describe()).hasValue("[ccsweep] engine.backend = cuda: 9 runs in 3 GPU groups (on the"
                + " executors' GPUs), 3 that the group trainer cannot take, failed");
    }

    @Test
    void autoOnDevicesTrainsWhatTheGroupTrainerCannotTakeOnTheCpu() {
        SweepSpec sweep = sweep("auto", 1024, "[10]");
        TaskPlan plan = plan(sweep, true);
        assertThat(plan.tasks()).extracting(t -> t.runs().size()).containsExactly(9, 1, 1, 1);
        assertThat(plan.tasks()).extracting(TaskRuns::mode).containsExactly(TaskRuns.Mode.DEVICE_OR_CPU,
                TaskRuns.Mode.CPU, TaskRuns.Mode.CPU, TaskRuns.Mode.CPU);
    }

    @Test
    void runsOfTwoGroupKeysNeverShareATaskAndTasksKeepTheRunsOrder() {
        SweepSpec sweep = sweep("cuda-reference", 1024, "[10, 20]");
        TaskPlan plan = plan(sweep, true);
        List<TaskRuns> grouped = plan.tasks().stream().filter(t -> t.mode() == TaskRuns.Mode.DEVICE).toList();
        assertThat(grouped).hasSize(2).allSatisfy(t -> assertThat(t.runs()).hasSize(9)
                .extracting(r -> r.get(Keys.STEPS)).containsOnly(t.runs().get(0).get(Keys.STEPS)));
        List<Integer> firstRuns = plan.tasks().stream().map(t -> sweep.runs().indexOf(t.runs().get(0))).toList();
        assertThat(firstRuns).isSorted();
        assertThat(plan.tasks().stream().mapToInt(t -> t.runs().size()).sum()).isEqualTo(sweep.runs().size());
    }
}
