package org.ccsweep.cluster;

import org.apache.spark.sql.SparkSession;

/** A local Spark session in the test JVM, to read result tables. */
final class Reading {
    private Reading() {
    }

    static SparkSession session() {
        return SparkSession.builder().appName("ccsweep-it").master("local[1]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
