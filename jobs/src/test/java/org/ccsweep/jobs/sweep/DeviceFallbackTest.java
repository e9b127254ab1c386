package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.ccsweep.jobs.config.Backend;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.ccsweep.model.task.cc.gpu.CudaDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GPU group of engine.backend = auto on an executor without a GPU (this machine; skipped on one with a
 * GPU) trains on the CPU, on the task's threads, in lock-step groups: each run records cpu and gets the
 * bits the CPU plan gives it, its diverging run failing alone.
 */
class DeviceFallbackTest {
    @TempDir
    Path tmp;

    @Test
    void aGroupWithoutAGpuTrainsOnTheCpuWithTheCpuBackendsBits() {
        assumeTrue(CudaDevice.open(0).isEmpty(), "this machine has a CUDA device");
        SweepSpec sweep = TinySweeps.load(tmp, TinySweeps.TINY + "sweep.grid { sigma = [0.01, 0.02, 0.04, 1e30] }\n",
                tmp.resolve("out"));
        TaskSettings settings = new TaskSettings(Backend.AUTO, 2, 2);
        List<RunOutcome> fallback = run(new TaskRuns(sweep.runs(), TaskRuns.Mode.DEVICE_OR_CPU), settings);
        List<RunOutcome> cpu = TaskPlan.of(sweep.runs(), sweep.engine(), false, 2).tasks().stream()
                .flatMap(task -> run(task, settings).stream()).toList();

        assertThat(cpu).as("the CPU plan's outcomes, compared one by one below").hasSize(8);
        assertThat(fallback).hasSize(8).allSatisfy(o -> assertThat(o.placement().backend()).isEqualTo("cpu"));
        assertThat(fallback.stream().filter(o -> !o.ok())).hasSize(2)
                .allSatisfy(o -> assertThat(o.error()).contains("DivergedException"));
        for (RunOutcome expected : cpu) {
            RunOutcome actual = fallback.stream().filter(o -> o.spec().equals(expected.spec())).findFirst().orElseThrow();
            assertThat(actual.ok()).isEqualTo(expected.ok());
            if (expected.ok()) {
                assertThat(actual.result().profile().lossPerFeature())
                        .containsExactly(expected.result().profile().lossPerFeature());
                assertThat(actual.result().curveLoss()).containsExactly(expected.result().curveLoss());
            }
        }
    }

    /** One task's runs in a Spark task of the test session. */
    private static List<RunOutcome> run(TaskRuns task, TaskSettings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        LongAccumulator failures = jsc.sc().longAccumulator();
        LongAccumulator done = jsc.sc().longAccumulator();
        return jsc.parallelize(List.of(task), 1).flatMap(t -> SweepTask.run(t, settings, failures, done).iterator())
                .collect();
    }
}
