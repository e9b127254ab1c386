package org.ccsweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.cli.Main;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.Views;

/** The sweep of the cluster tests, run embedded or submitted, and its tables as comparable text. */
final class Sweeps {
    /** 8 runs of a few hundred milliseconds each: long enough to kill a worker in the middle of one. */
    static final String SWEEP = """
            sweep { name = loopback, seeds = [0, 1, 2, 3], grid.sigma = [0.02, 0.04] }
            train { steps = 300, batch = 512, curve-points = 10 }
            eval { p = [0.01, 0.1], target-rel-se = 0.01, pilot-per-k = 200, max-samples = 20000 }
            engine { cores = 2, chunk-size = 2 }
            """;
    static final int RUNS = 8;

    /** Columns that are not results: wall times differ between any two runs of a sweep. */
    private static final String TIMES = "train_seconds, eval_seconds";

    private Sweeps() {
    }

    static Path write(Path dir) {
        try {
            return Files.writeString(dir.resolve("loopback.conf"), SWEEP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the sweep embedded, in this JVM (local[2], OMP_NUM_THREADS=1 from the build). */
    static void embedded(Path conf, Path output) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"sweep", conf.toString(), "--set", "sweep.output=\"" + output + "\""},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true));
        assertThat(exit).as(err.toString()).isZero();
    }

    /** submit/ccsweep-submit on the cluster jar, in a subprocess; returns the started process, output to {@code log}. */
    static Process submit(LoopbackCluster cluster, Path conf, Path output, Path log) {
        return submit(cluster, conf, output, log, List.of());
    }

    /** The same with more Spark properties ({@code key=value}). */
    static Process submit(LoopbackCluster cluster, Path conf, Path output, Path log, List<String> properties) {
        List<String> command = new ArrayList<>(List.of("bash", Path.of(System.getProperty("ccsweep.root"), "submit",
                "ccsweep-submit").toString(), "--master", cluster.masterUrl(), "--executor-cores", "1",
                "--executor-memory", "1g", "--jar", System.getProperty("ccsweep.cluster.jar")));
        for (String kv : List.of("spark.driver.host=127.0.0.1", "spark.driver.bindAddress=127.0.0.1",
                "spark.ui.enabled=false",
                // Start training once both executors are up, so that both workers get tasks.
                "spark.scheduler.minRegisteredResourcesRatio=1.0",
                "spark.scheduler.maxRegisteredResourcesWaitingTime=120s")) {
            command.addAll(List.of("--conf", kv));
        }
        for (String kv : properties) {
            command.addAll(List.of("--conf", kv));
        }
        command.addAll(List.of("sweep", conf.toString(), "--set", "sweep.output=\"" + output + "\""));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", cluster.sparkHome().toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every table, keyed by table, as exact text (doubles print round-trip exact), sorted. */
    static Map<String, List<String>> tables(SparkSession spark, Path output) {
        Views.register(spark, Locations.local(output));
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : List.of("runs", "profiles", "curves", "weights")) {
            String select = table.equals("runs") ? "SELECT * EXCEPT (" + TIMES + ") FROM runs" : "SELECT * FROM " + table;
            tables.put(table, spark.sql(select).collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return tables;
    }
}
