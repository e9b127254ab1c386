package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny real sweeps (n = 8, d = 4): a transplant run, and every baseline computed as Spark tasks beside
 * the runs, then a baseline-only sweep that resumes without computing anything twice.
 */
class TransplantAndBaselinesSweepTest {
    static final String TRANSPLANT = TinySweeps.TINY + """
            sweep { name = transplant, seeds = [0], grid.mixing = [embedding], grid.sigma = [1] }
            model { n-features = 8, d-mlp = 4, d-embed = 16 }
            train.transplant-steps = 30
            baselines { kinds = [naive, naive-offset, svd, semi-nmf]
                        offset-scan { p = [0.5, 1], offsets = [0, 0.1, 0.2, 0.3], samples-per-k = 50 } }
            """;
    static final String BASELINES_ONLY = TinySweeps.TINY + """
            sweep { name = only, seeds = [0, 1], grid { mixing = [clean, symmetric], sigma = [0.1] } }
            model { n-features = 8, d-mlp = 4 }
            baselines { kinds = [naive, svd], only = true }
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static SweepReport onlyAgain;
    static String onlyAgainLog;

    @BeforeAll
    static void runOnce() {
        spark = TestSpark.session();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
        new SweepJob(spark, quiet).run(TinySweeps.load(tmp, TRANSPLANT, tmp.resolve("transplant")));
        SweepSpec only = TinySweeps.load(tmp, BASELINES_ONLY, tmp.resolve("only"));
        new SweepJob(spark, quiet).run(only);
        LoggedSweep again = LoggedSweep.run(spark, only);
        onlyAgain = again.report();
        onlyAgainLog = again.log();
        org.ccsweep.jobs.tables.Views.register(spark, tmp.resolve("transplant").toUri());
    }

    @Test
    void theTransplantRunKeepsItsWholeCurveAndThreePhaseEnds() {
        Row run = spark.sql("SELECT model, steps, transplant_steps, final_sigma FROM runs").first();
        assertThat(run.toString()).isEqualTo("[simplified,50,30,0.0]");
        List<Row> points = spark.sql("SELECT point, step FROM transplants ORDER BY step, point DESC").collectAsList();
        assertThat(points).extracting(Row::toString).containsExactly("[noisy_end,50]", "[clean_start,50]", "[clean_end,80]");
        Row curve = spark.sql("SELECT count(*), max(step) FROM curves").first();
        assertThat(curve.getLong(0)).isEqualTo(20);
        assertThat(curve.getInt(1)).isEqualTo(80);
    }

    @Test
    void everyBaselineIsProfiledForThePointAndSeed() {
        List<Row> rows = spark.sql("""
                SELECT baseline, count(*), count(offset), min(p_eval), max(p_eval) FROM baselines
                WHERE sweep = 'transplant' AND mixing = 'embedding' AND sigma = 1 AND seed = 0
                GROUP BY baseline ORDER BY baseline""").collectAsList();
        assertThat(rows).extracting(Row::toString).containsExactly("[naive,2,0,0.01,0.1]", "[naive-offset,2,2,0.5,1.0]",
                "[semi-nmf,2,0,0.01,0.1]", "[svd,2,0,0.01,0.1]");
        assertThat(spark.sql("SELECT count(*) FROM offset_scan WHERE p IN (0.5, 1.0)").first().getLong(0)).isEqualTo(8);
        // Each optimal offset is at least as good as every scanned one, up to the measurement noise.
        double worst = spark.sql("""
                SELECT max(b.loss_per_feature - s.loss_per_feature - 4 * (b.stderr + s.stderr))
                FROM baselines b JOIN offset_scan s ON s.baseline_id = b.baseline_id AND s.p = b.p_eval""")
                .first().getDouble(0);
        assertThat(worst).isLessThan(0.0);
    }

    @Test
    void aBaselineOnlySweepTrainsNothingAndResumes() {
        assertThat(onlyAgain).isEqualTo(new SweepReport(SweepReport.Tally.NONE, new SweepReport.Tally(8, 8, 0, 0, 0)));
        assertThat(onlyAgainLog).contains("baselines: 8 tasks, skipped 8 already in")
                .as("no summary of trained runs, not even its header").doesNotContain("mean L/p");
        org.ccsweep.jobs.tables.Views.register(spark, tmp.resolve("only").toUri());
        try {
            assertThat(spark.sql("SELECT count(*) FROM runs").first().getLong(0)).isZero();
            Row naive = spark.sql("""
                    SELECT count(*), count(DISTINCT point_id), max(abs(loss_per_feature - 1D / 12)) FROM baselines
                    WHERE baseline = 'naive' AND mixing = 'clean'""").first();
            assertThat(naive.getLong(0)).isEqualTo(2L * 2);
            assertThat(naive.getLong(1)).isEqualTo(1);
            // n = 8, d = 4 on clean labels: L/p = (n − d) / (6n) = 1/12 at every p, and the estimate is exact up to
            // rounding, every sampled loss being the evaluator's control variate (NaiveModelLossTest; measured here
            // 7e-17). 1/12 in double: Spark reads 1.0 / 12 as a decimal division rounded to 0.083333, 3.3e-7 off.
            assertThat(naive.getDouble(2)).isLessThan(1e-10);
        } finally {
            org.ccsweep.jobs.tables.Views.register(spark, tmp.resolve("transplant").toUri());
        }
    }
}
