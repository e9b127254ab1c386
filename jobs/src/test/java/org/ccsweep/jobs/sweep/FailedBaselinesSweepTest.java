package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.figures.Figure;
import org.ccsweep.jobs.figures.Figures;
import org.ccsweep.jobs.figures.Selections;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep (Spark local mode, Parquet read back) whose baseline tasks at σ = 1e39 fail for a real
 * reason: |σ| M overflows float, so the naive and naive-offset profiles are NaN and LAPACK cannot
 * factorise I + M_sᵀ for svd and semi-nmf. Those tasks are failed rows with their error, the σ = 0.1
 * tasks are complete, the sweep goes on, and a second run resumes without computing anything again.
 */
class FailedBaselinesSweepTest {
    static final String OVERFLOW = TinySweeps.TINY + """
            sweep { name = overflow, grid.sigma = [0.1, 1e39] }
            model { n-features = 8, d-mlp = 4 }
            baselines { kinds = [naive, naive-offset, svd, semi-nmf]
                        offset-scan { p = [0.1, 1], offsets = [0, 0.1, 0.2, 0.3], samples-per-k = 50 } }
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
        sweep = TinySweeps.load(tmp, OVERFLOW, tmp.resolve("out"));
        LoggedSweep run = LoggedSweep.run(spark, sweep);
        first = run.report();
        firstLog = run.log();
    }

    @Test
    void theFailedTasksAreOneRowEachWithTheirErrorAndNoProfile() {
        // 2 σ × 2 seeds × 4 kinds = 16 tasks; the 8 at σ = 1e39 fail, as do the 2 runs there (diverged).
        assertThat(first).isEqualTo(new SweepReport(new SweepReport.Tally(4, 0, 4, 2, 2),
                new SweepReport.Tally(16, 0, 16, 8, 8)));
        List<Row> failed = spark.sql("""
                SELECT baseline, seed, error, p_eval, loss_per_feature, stderr, offset, seconds FROM baselines
                WHERE status = 'failed' ORDER BY baseline, seed""").collectAsList();
        assertThat(failed).extracting(r -> r.getString(0) + "/" + r.getLong(1)).containsExactly("naive/0", "naive/1",
                "naive-offset/0", "naive-offset/1", "semi-nmf/0", "semi-nmf/1", "svd/0", "svd/1");
        assertThat(failed.get(0).getString(2))
                .startsWith("java.lang.ArithmeticException: the NAIVE baseline's L/p at p_eval = 0.01 is not finite: NaN");
        assertThat(failed.get(2).getString(2))
                .startsWith("java.lang.ArithmeticException: the NAIVE_OFFSET baseline's L/p at p_eval = 0.1 is not finite");
        assertThat(failed.get(4).getString(2)).startsWith("java.lang.ArithmeticException: LAPACK dgesvd failed");
        assertThat(failed.get(6).getString(2)).startsWith("java.lang.ArithmeticException: LAPACK dgesvd failed");
        for (Row r : failed) {
            assertThat(List.of(r.isNullAt(3), r.isNullAt(4), r.isNullAt(5), r.isNullAt(6))).containsOnly(true);
            assertThat(r.getDouble(7)).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(spark.sql("SELECT count(*) FROM baselines WHERE status = 'failed' AND sigma != 1e39").first().getLong(0))
                .isZero();
    }

    @Test
    void theOtherTasksAreCompleteProfilesAndScans() {
        Row ok = spark.sql("""
                SELECT count(*), count(DISTINCT baseline_id), count(error), min(loss_per_feature), max(loss_per_feature)
                FROM baselines WHERE status = 'ok'""").first();
        // 8 tasks at σ = 0.1, each profiled at 2 points (eval.p, or offset-scan.p for naive-offset).
        assertThat(ok.getLong(0)).isEqualTo(16);
        assertThat(ok.getLong(1)).isEqualTo(8);
        assertThat(ok.getLong(2)).isZero();
        // L/p is positive and of the order of the naive 1/12 at n = 8, d = 4, σ = 0.1.
        assertThat(ok.getDouble(3)).isGreaterThan(0.0);
        assertThat(ok.getDouble(4)).isLessThan(1.0);
        // Only the two successful naive-offset tasks scanned: 2 seeds × 2 p × 4 offsets.
        Row scans = spark.sql("SELECT count(*), max(sigma) FROM offset_scan").first();
        assertThat(scans.getLong(0)).isEqualTo(16);
        assertThat(scans.getDouble(1)).isEqualTo(0.1);
    }

    @Test
    void progressAndSummaryCountTheFailedBaselines() {
        assertThat(firstLog).contains("20/20 tasks done, 10 failed", "2 of 4 runs failed",
                "8 of 16 baseline tasks failed (8 of them now); see: SELECT baseline_id, baseline, sigma, seed, error "
                        + "FROM baselines WHERE status = 'failed'");
    }

    @Test
    void figuresSeeOnlyTheSuccessfulTasks() {
        Views.register(spark, sweep.output());
        List<Row> bySigma = spark.sql(Selections.BASELINES_BY_SIGMA).collectAsList();
        assertThat(bySigma).extracting(r -> r.getAs("baseline") + "/" + r.getAs("x") + "/n=" + r.getAs("n"))
                .containsExactly("naive/0.1/n=2", "semi-nmf/0.1/n=2", "svd/0.1/n=2");
        System.setProperty("java.awt.headless", "true");
        List<String> drawn = new java.util.ArrayList<>();
        for (Figure figure : Figures.all()) {
            if (List.of("fig9-semi-nmf", "fig10-right-offset-profile").contains(figure.name())) {
                assertThat(figure.chart(spark)).as(figure.name()).isPresent();
                drawn.add(figure.name());
            }
        }
        assertThat(drawn).as("the baseline figures checked above").containsExactlyInAnyOrder("fig9-semi-nmf",
                "fig10-right-offset-profile");
    }

    @Test
    void aSecondRunSkipsTheFailedTasksLikeFailedRunsAndStillReportsThem() {
        LoggedSweep again = LoggedSweep.run(spark, sweep);
        assertThat(again.report()).isEqualTo(new SweepReport(new SweepReport.Tally(4, 4, 0, 0, 2),
                new SweepReport.Tally(16, 16, 0, 0, 8)));
        assertThat(again.report().anyFailed()).isTrue();
        assertThat(again.log()).contains("baselines: 16 tasks, skipped 16 already in", "8 of 16 baseline tasks failed (0 of them now)");
        assertThat(spark.sql("SELECT count(*) FROM baselines").first().getLong(0)).isEqualTo(16 + 8);
    }
}
