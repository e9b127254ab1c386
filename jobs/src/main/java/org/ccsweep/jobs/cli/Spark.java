package org.ccsweep.jobs.cli;

import org.apache.spark.sql.SparkSession;

/**
 * The CLI's Spark session. Under spark-submit (which sets the system property {@code spark.master})
 * it is the submitted application's, configured entirely by spark-submit. Otherwise it is embedded:
 * local mode on {@code cores} task slots, no UI, loopback, quiet logs (log4j2.properties).
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
                .config("spark.sql.debug.maxToStringFields", "100")
                .getOrCreate();
    }
}
