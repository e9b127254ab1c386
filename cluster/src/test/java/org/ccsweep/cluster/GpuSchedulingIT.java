package org.ccsweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPU scheduling on a standalone cluster on loopback, as conf/cluster/gpu.conf asks for it: a worker
 * advertises the GPU submit/gpu-discovery.sh finds (through a fake nvidia-smi that lists device 3), the
 * sweep asks for one GPU per executor and per task, and each task opens the CUDA device Spark assigned to
 * it. This machine has no device 3 (none at all without a GPU), so every run of the engine.backend = cuda
 * sweep fails naming it and the executor: Spark scheduled the tasks on the GPU and handed its address down.
 */
class GpuSchedulingIT {
    private static final String SWEEP = """
            sweep { name = gpu-scheduling, seeds = [0, 1], grid.sigma = [0.02] }
            train { steps = 20, batch = 64, curve-points = 2 }
            eval { p = [0.01], target-rel-se = 0.05, pilot-per-k = 20, max-samples = 2000 }
            engine { backend = cuda, chunk-size = 1 }
            """;

    @TempDir
    Path tmp;

    @Test
    void eachTaskOpensTheGpuSparkAssignedIt() throws Exception {
        Path discovery = discovery();
        Path conf = Files.writeString(tmp.resolve("gpu.conf"), SWEEP);
        try (LoopbackCluster cluster = new LoopbackCluster(tmp, 1, List.of("-Dspark.worker.resource.gpu.amount=1",
                "-Dspark.worker.resource.gpu.discoveryScript=" + discovery))) {
            Path log = tmp.resolve("submit.log");
            Process submit = Sweeps.submit(cluster, conf, tmp.resolve("out"), log, List.of(
                    "spark.executor.resource.gpu.amount=1", "spark.executor.resource.gpu.discoveryScript=" + discovery,
                    "spark.task.resource.gpu.amount=1"));
            boolean finished = submit.waitFor(240, TimeUnit.SECONDS);
            if (!finished) {
                submit.destroyForcibly();
            }
            assertThat(finished).as("the submission finished within 240 s").isTrue();
            assertThat(submit.exitValue()).as(Files.readString(log)).isZero();
        }
        SparkSession spark = Reading.session();
        try {
            Views.register(spark, Locations.local(tmp.resolve("out")));
            List<Row> runs = spark.sql("SELECT status, backend, error FROM runs").collectAsList();
            assertThat(runs).hasSize(2).allSatisfy(r -> {
                assertThat(r.getString(0)).isEqualTo("failed");
                assertThat(r.getString(1)).isEqualTo("cuda");
                assertThat(r.getString(2)).matches("java.lang.IllegalStateException: engine.backend = cuda, but executor"
                        + " \\d+ \\(host [^)]+\\) has no CUDA device 3: [^\\n]+");
            });
        } finally {
            spark.stop();
        }
    }

    /** submit/gpu-discovery.sh with an nvidia-smi first on PATH that lists one GPU, index 3. */
    private Path discovery() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("fake-bin"));
        executable(bin.resolve("nvidia-smi"), "#!/bin/sh\necho 3\n");
        return executable(tmp.resolve("discover-gpus.sh"), "#!/bin/sh\nPATH=\"" + bin + ":$PATH\" exec \""
                + Path.of(System.getProperty("ccsweep.root"), "submit", "gpu-discovery.sh").toAbsolutePath().normalize()
                + "\"\n");
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
