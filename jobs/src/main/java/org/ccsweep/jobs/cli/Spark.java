package org.ccsweep.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/**
 * The CLI's Spark session. Under spark-submit (which sets the system property {@code spark.master})
 * it is the submitted application's, configured entirely by spark-submit. Otherwise it is embedded:
 * local mode on {@code cores} task slots, no UI, loopback, quiet logs (log4j2.properties), and its
 * catalog's warehouse in a temporary directory removed at exit, not {@code ./spark-warehouse}.
 */
final class Spark {
    private Spark() {
    }

    static boolean submitted() {
        return System.getProperty("spark.master") != null;
    }

    static SparkSession session(int cores) {
        if (submitted()) {
            return SparkSession.builder().appName("ccsweep").getOrCreate();
        }
        return SparkSession.builder()
                .appName("ccsweep")
                .master("local[" + cores + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, cores)))
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.debug.maxToStringFields", "1000")
                .config("spark.sql.warehouse.dir", warehouse().toUri().toString())
                .getOrCreate();
    }

    /**
     * For the commands that only read (sql, figures, report): a task that fails (a file that does not
     * read as Parquet) reaches the command as its query's exception, which it prints on one line;
     * Spark's own log of the failure, tens of lines per task, is switched off.
     */
    static void quietTaskFailures() {
        Configurator.setLevel("org.apache.spark.executor.Executor", Level.OFF);
        Configurator.setLevel("org.apache.spark.scheduler.TaskSetManager", Level.OFF);
        Configurator.setLevel("org.apache.spark.scheduler.TaskSchedulerImpl", Level.OFF);
    }

    private static Path warehouse() {
        try {
            Path dir = Files.createTempDirectory("ccsweep-warehouse-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Spark's catalog", e);
        }
    }
}
