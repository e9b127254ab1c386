package org.ccsweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker JVM killed while a task of the sweep runs on it: Spark reschedules the lost tasks on the
 * other worker, the sweep completes, and every run is in the tables exactly once with the same bits
 * as the clean run embedded.
 */
class WorkerFaultIT {
    @TempDir
    Path tmp;

    @Test
    void sweepSurvivesAWorkerKilledMidTask() throws Exception {
        Path conf = Sweeps.write(tmp);
        Sweeps.embedded(conf, tmp.resolve("clean"));
        Path log = tmp.resolve("submit.log");
        try (LoopbackCluster cluster = new LoopbackCluster(tmp, 2)) {
            Process submit = Sweeps.submit(cluster, conf, tmp.resolve("faulty"), log);
            try {
                LoopbackCluster.await(Duration.ofSeconds(180), "a task to start on worker 0",
                        () -> !submit.isAlive() || cluster.executorLog(0).stream().anyMatch(l -> l.contains("Running task")));
                assertThat(submit.isAlive()).as("the sweep still runs when worker 0 has a task").isTrue();
                cluster.killWorker(0);
                assertThat(submit.waitFor(240, TimeUnit.SECONDS)).as("the sweep finished within 240 s").isTrue();
            } finally {
                submit.destroyForcibly();
            }
            String driverLog = Files.readString(log);
            assertThat(submit.exitValue()).as(driverLog).isZero();
            assertThat(driverLog).as("the driver lost the killed worker's executor and its task")
                    .containsPattern("Lost executor \\d+|Lost task");
        }

        SparkSession spark = Reading.session();
        try {
            Map<String, List<String>> clean = Sweeps.tables(spark, tmp.resolve("clean"));
            Map<String, List<String>> faulty = Sweeps.tables(spark, tmp.resolve("faulty"));
            assertThat(spark.sql("SELECT count(*), count(DISTINCT run_id) FROM runs").first().toString())
                    .isEqualTo("[" + Sweeps.RUNS + "," + Sweeps.RUNS + "]");
            assertThat(faulty).isEqualTo(clean);
        } finally {
            spark.stop();
        }
    }
}
