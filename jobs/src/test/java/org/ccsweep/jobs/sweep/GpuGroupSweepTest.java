package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcTask;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in GPU groups through Spark, on the group trainer's CPU reference (engine.backend =
 * cuda-reference, which groups and records runs as cuda does): one row per run; the runs the trainer takes
 * trained in groups of engine.gpu-group-size, each with the backend that trained it and the results its
 * group path gives it alone (so neither the grouping nor the task's threads change a bit); a diverging run
 * and the runs the trainer cannot take failed one by one with their reasons; a second start trains nothing.
 */
class GpuGroupSweepTest {
    /** 4 simplified runs (σ 0.02 and 1e30, which diverges, × 2 seeds) and 2 residual runs (σ resolves to 1). */
    private static final String SWEEP = TinySweeps.TINY + """
            sweep.grid { model = [simplified, residual], mixing = [embedding], sigma = [0.02, 1e30] }
            engine { backend = cuda-reference, gpu-group-size = 3 }
            """;

    @TempDir
    Path tmp;

    @Test
    void everyRunHasOneRowWithItsBackendAndItsOwnFailure() {
        SparkSession spark = TestSpark.session();
        SweepSpec sweep = TinySweeps.load(tmp, SWEEP, tmp.resolve("out"));
        LoggedSweep first = LoggedSweep.run(spark, sweep);
        assertThat(first.report().runs().computed()).isEqualTo(6);
        assertThat(first.log()).contains("[ccsweep] engine.backend = cuda-reference: 4 runs in 2 GPU groups (on the CPU"
                + " reference), 2 that the group trainer cannot take, failed");

        List<Row> rows = spark.sql("SELECT run_id, model, sigma, status, backend, error, loss_per_feature FROM runs")
                .collectAsList();
        assertThat(rows).hasSize(6).extracting(r -> r.getString(0)).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(r -> assertThat(r.getString(4)).isEqualTo("cuda-reference"));
        for (Row r : rows) {
            if (r.getString(1).equals("residual")) {
                assertThat(r.getString(3)).isEqualTo("failed");
                assertThat(r.getString(5)).isEqualTo("java.lang.IllegalStateException: engine.backend = cuda-reference,"
                        + " but the task's GPU group trainer cannot train this run: sweep.grid.model = residual: the CUDA"
                        + " trainer trains the simplified model only; set engine.backend = auto to train such runs on the CPU");
            } else if (r.getDouble(2) > 1) {
                assertThat(r.getString(3)).isEqualTo("failed");
                assertThat(r.getString(5)).startsWith("org.ccsweep.model.train.DivergedException: training diverged at step 1");
            } else {
                assertThat(r.getString(3)).isEqualTo("ok");
                assertThat(r.isNullAt(5)).isTrue();
            }
        }
        assertThat(spark.sql("SELECT DISTINCT run_id FROM profiles").count()).isEqualTo(2);

        Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
        int compared = 0;
        for (RunSpec run : sweep.runs()) {
            if (run.get(CcKeys.MODEL) == ModelKind.SIMPLIFIED && run.get(CcKeys.SIGMA) < 1) {
                assertThat(byId.get(run.id()).getDouble(6)).as(run.id()).isEqualTo(alone(run));
                compared++;
            }
        }
        assertThat(compared).as("the ok runs compared with their group path alone").isEqualTo(2);

        LoggedSweep again = LoggedSweep.run(spark, sweep);
        assertThat(again.report().runs().skipped()).isEqualTo(6);
        assertThat(again.report().runs().computed()).isZero();
    }

    /** The run's L/p at p_train on the reference device, alone and on one thread. */
    private static double alone(RunSpec run) {
        try (GroupDevice device = new CcTask().openGroupDevice(DeviceChoice.reference())) {
            return device.execute(List.of(run), 1).get(0).result().lossPerFeatureAtPTrain();
        }
    }
}
