package org.ccsweep.jobs.testing;

import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session for the test JVM, shared by the test classes (a session start costs
 * seconds). A test that stops it (the CLI does) gets a fresh one at the next call.
 */
public final class TestSpark {
    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        return SparkSession.builder()
                .appName("ccsweep-test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.debug.maxToStringFields", "100")
                .getOrCreate();
    }
}
