package org.ccsweep.jobs.cli;

import org.apache.spark.sql.SparkSession;

/** The embedded Spark of the CLI: local mode, no UI, few shuffle partitions, quiet logs (log4j2.properties). */
final class Spark {
    private Spark() {
    }

    static SparkSession local(int cores) {
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
