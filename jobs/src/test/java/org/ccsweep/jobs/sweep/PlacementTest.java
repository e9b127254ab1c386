package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.ccsweep.model.task.cc.gpu.CudaDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each run records the backend it resolved, OpenBLAS's threads and its task's cores on its executor;
 * a backend that cannot train there fails each run with the reason, and the sweep goes on: on a machine
 * without a GPU (the tests skip on one), auto trains on the CPU and cuda fails. (Surefire runs this JVM
 * with OMP_NUM_THREADS=1, as submit/ccsweep does.)
 */
class PlacementTest {
    static final String ONE_POINT = TinySweeps.TINY + "sweep.grid { mixing = [symmetric] }\n";

    @TempDir
    Path tmp;

    @Test
    void autoTrainsOnTheCpuWithOneBlasThreadPerTaskCore() {
        assumeTrue(CudaDevice.open(0).isEmpty(), "this machine has a CUDA device");
        List<Row> runs = sweep("auto");
        assertThat(runs).hasSize(2).allSatisfy(r -> {
            assertThat(r.getString(0)).isEqualTo("ok");
            assertThat(r.getString(1)).isEqualTo("cpu");
            assertThat(r.getInt(2)).isEqualTo(1);
            assertThat(r.getInt(3)).isEqualTo(1);
        });
    }

    @Test
    void cudaWithoutAGpuFailsEachRunWithOneLineSayingWhatTheExecutorHas() {
        assumeTrue(CudaDevice.open(0).isEmpty(), "this machine has a CUDA device");
        List<Row> runs = sweep("cuda");
        assertThat(runs).hasSize(2).allSatisfy(r -> {
            assertThat(r.getString(0)).isEqualTo("failed");
            assertThat(r.getString(1)).isEqualTo("cuda");
            assertThat(r.isNullAt(2)).isTrue();
            assertThat(r.getString(4)).startsWith("java.lang.IllegalStateException: engine.backend = cuda, but executor"
                    + " driver (host ").contains(") has no CUDA device 0: ").contains("set engine.backend = auto")
                    .doesNotContain("\n");
        });
    }

    private List<Row> sweep(String backend) {
        SparkSession spark = TestSpark.session();
        SweepSpec sweep = TinySweeps.load(tmp, ONE_POINT, tmp.resolve(backend), "engine.backend=" + backend);
        SweepReport report = new SweepJob(spark, new PrintStream(OutputStream.nullOutputStream())).run(sweep);
        assertThat(report.runs().computed()).isEqualTo(2);
        Views.register(spark, sweep.output());
        return spark.sql("SELECT status, backend, blas_threads, task_cpus, error FROM runs").collectAsList();
    }
}
