package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ccsweep.jobs.cli.SparkSubmitStub.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/ccsweep-submit with conf/cluster/gpu.conf: a GPU task takes the executor's 8 cores and keeps one
 * BLAS thread per thread (OMP_NUM_THREADS = 1, which the wrapper passes on rather than spark.task.cpus),
 * with the GPU resource properties from the file; any other OMP_NUM_THREADS than 1 or spark.task.cpus is
 * still refused. A stand-in spark-submit prints what it was given.
 */
class GpuConfSubmitTest {
    private static final Path ROOT = SparkSubmitStub.ROOT;

    @TempDir
    Path tmp;

    @Test
    void gpuConfGivesATaskEveryCoreWithOneBlasThreadEach() throws Exception {
        Result run = submit("--properties-file", ROOT.resolve("conf/cluster/gpu.conf").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).contains("--properties-file", "spark.task.cpus=8",
                "spark.executorEnv.OMP_NUM_THREADS=1");
        assertThat(Files.readString(ROOT.resolve("conf/cluster/gpu.conf")))
                .containsPattern("(?m)^spark\\.executor\\.resource\\.gpu\\.amount\\s+1$")
                .containsPattern("(?m)^spark\\.task\\.resource\\.gpu\\.amount\\s+1$")
                .containsPattern("(?m)^spark\\.executor\\.resource\\.gpu\\.discoveryScript\\s+\\S*/submit/gpu-discovery\\.sh$");
    }

    @Test
    void anotherBlasThreadCountIsRefused() throws Exception {
        Result run = submit("--conf", "spark.task.cpus=8", "--conf", "spark.executorEnv.OMP_NUM_THREADS=4");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("spark.executorEnv.OMP_NUM_THREADS=4 contradicts spark.task.cpus=8");
    }

    private Result submit(String... options) throws Exception {
        return SparkSubmitStub.submit(tmp, options);
    }
}
