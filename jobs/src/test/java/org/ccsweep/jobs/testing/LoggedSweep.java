package org.ccsweep.jobs.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.sweep.SweepJob;
import org.ccsweep.jobs.sweep.SweepReport;
import org.ccsweep.jobs.tables.Views;

/**
 * A sweep run on a session with its log captured: what it reported and everything it printed; the
 * output's views are then registered on the session, for the test's queries.
 */
public record LoggedSweep(SweepReport report, String log) {

    public static LoggedSweep run(SparkSession spark, SweepSpec sweep) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SweepReport report = new SweepJob(spark, new PrintStream(log, true)).run(sweep);
        Views.register(spark, sweep.output());
        return new LoggedSweep(report, log.toString());
    }
}
