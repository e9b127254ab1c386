package org.ccsweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep submitted with submit/ccsweep-submit to a standalone master and two one-core workers on
 * loopback, each its own JVM, writes the same bits as the same sweep run embedded; its tasks ran on
 * both workers, each with one BLAS thread per task core although the workers' environment says 4.
 */
class ClusterSweepIT {
    @TempDir
    static Path tmp;
    static LoopbackCluster cluster;
    static SparkSession spark;
    static Map<String, List<String>> embedded;

    @BeforeAll
    static void startClusterAndRunEmbedded() {
        cluster = new LoopbackCluster(tmp, 2);
        Path conf = Sweeps.write(tmp);
        Sweeps.embedded(conf, tmp.resolve("embedded"));
        spark = Reading.session();
        embedded = Sweeps.tables(spark, tmp.resolve("embedded"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void submittedSweepIsBitIdenticalToEmbeddedAndPlacesOneBlasThreadPerTaskCore() throws Exception {
        Path log = tmp.resolve("submit.log");
        Process submit = Sweeps.submit(cluster, tmp.resolve("loopback.conf"), tmp.resolve("cluster"), log);
        boolean finished = submit.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            submit.destroyForcibly();
        }
        assertThat(finished).as("the submission finished within 240 s").isTrue();
        assertThat(submit.exitValue()).as(Files.readString(log)).isZero();

        Map<String, List<String>> submitted = Sweeps.tables(spark, tmp.resolve("cluster"));
        assertThat(submitted.get("runs")).hasSize(Sweeps.RUNS);
        assertThat(submitted).isEqualTo(embedded);

        List<Row> placement = spark.sql("SELECT DISTINCT backend, blas_threads, task_cpus FROM runs").collectAsList();
        assertThat(placement).extracting(Row::toString).containsExactly("[cpu,1,1]");
        for (int worker = 0; worker < 2; worker++) {
            assertThat(cluster.executorLog(worker)).as("worker " + worker + " ran tasks")
                    .anyMatch(line -> line.contains("Running task"));
        }
    }
}
