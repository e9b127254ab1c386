package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real sweep in which one grid point diverges (σ = 1e30 makes the labels overflow). */
class SweepJobTest {
    static final String DIVERGING = TinySweeps.TINY + """
            sweep.grid { mixing = [clean, asymmetric], sigma = [0.02, 1e30] }
            engine.chunk-size = 2
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static SweepSpec sweep;
    static SweepReport first;
    static String firstLog;

    @BeforeAll
    static void runOnce() {
        spark = TestSpark.session();
        sweep = TinySweeps.load(tmp, DIVERGING, tmp.resolve("out"));
        LoggedSweep run = LoggedSweep.run(spark, sweep);
        first = run.report();
        firstLog = run.log();
    }

    @Test
    void divergedRunsAreRecordedAsFailedAndTheOthersSucceed() {
        // clean is trained once (σ is irrelevant to M = 0): 2 seeds; asymmetric: 2 σ × 2 seeds.
        assertThat(first).isEqualTo(new SweepReport(new SweepReport.Tally(6, 0, 6, 2, 2), SweepReport.Tally.NONE));
        List<Row> runs = spark.sql("SELECT mixing, sigma, status, error FROM runs ORDER BY mixing, sigma, seed").collectAsList();
        assertThat(runs).extracting(r -> r.getString(0) + "/" + r.getDouble(1) + "/" + r.getString(2)).containsExactly(
                "asymmetric/0.02/ok", "asymmetric/0.02/ok", "asymmetric/1.0E30/failed", "asymmetric/1.0E30/failed",
                "clean/0.0/ok", "clean/0.0/ok");
        assertThat(runs.get(2).getString(3)).startsWith("org.ccsweep.model.train.DivergedException: training diverged at step");
        assertThat(runs.get(0).isNullAt(3)).isTrue();
    }

    @Test
    void successfulRunsHaveProfilesCurvesAndWeights() {
        Row counts = spark.sql("SELECT (SELECT count(*) FROM profiles), (SELECT count(*) FROM curves),"
                + " (SELECT count(*) FROM weights), (SELECT count(*) FROM runs WHERE loss_per_feature > 0)").first();
        assertThat(List.of(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3)))
                .containsExactly(4L * 2, 4L * 10, 4L, 4L);
    }

    @Test
    void progressAndSummaryArePrinted() {
        assertThat(firstLog).contains("[ccsweep] sweep tiny: 6 runs, skipped 0", "6/6 tasks done, 2 failed", "ETA",
                "mean L/p", "95% interval", "2 of 6 runs failed");
        assertThat(firstLog).containsPattern("asymmetric +1\\.0E30 .* 0/2");
    }

    /** The summary reads the Parquet files itself; its figures are Spark SQL's over the runs view. */
    @Test
    void summaryFiguresAreSparkSqlsOverTheRunsTable() {
        Row sql = spark.sql("""
                SELECT avg(loss_per_feature), stddev_samp(loss_per_feature), count(loss_per_feature), count(*)
                FROM runs WHERE mixing = 'asymmetric' AND sigma = 0.02""").first();
        String mean = String.format("%.4g", sql.getDouble(0));
        String std = String.format("%.4g", sql.getDouble(1));
        assertThat(sql.getLong(2)).isEqualTo(2);
        assertThat(firstLog).containsPattern("asymmetric +0\\.02 .* 2/2 +" + Pattern.quote(mean) + " +"
                + Pattern.quote(std) + " +\\[");
    }

    @Test
    void aSecondRunSkipsEverythingAndStillReportsTheFailures() {
        LoggedSweep again = LoggedSweep.run(spark, sweep);
        assertThat(again.report()).isEqualTo(new SweepReport(new SweepReport.Tally(6, 6, 0, 0, 2), SweepReport.Tally.NONE));
        assertThat(again.log()).contains("skipped 6 already in");
        assertThat(spark.sql("SELECT count(*) FROM runs").first().getLong(0)).isEqualTo(6);
    }
}
