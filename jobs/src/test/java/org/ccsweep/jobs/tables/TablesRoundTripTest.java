package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows written by the driver's writer read back through Spark SQL with the values that went in. */
class TablesRoundTripTest {
    @TempDir
    static Path out;
    static SparkSession spark;
    static final RunSpec LOW_RANK = TestRuns.spec(MixingKind.LOW_RANK, 0.03, 7);
    static final RunSpec FAILED = TestRuns.spec(MixingKind.ASYMMETRIC, 0.05, 7);
    static final List<RunSpec> SEEDS = List.of(
            TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 0), TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 1),
            TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 2));

    @BeforeAll
    static void write() {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("round", List.of(TestRuns.ok(LOW_RANK, 0.25),
                    RunOutcome.failed(FAILED, TestRuns.PLACEMENT, new ArithmeticException("boom"))));
            store.commit("round", List.of(TestRuns.ok(SEEDS.get(0), 0.10), TestRuns.ok(SEEDS.get(1), 0.12),
                    TestRuns.ok(SEEDS.get(2), 0.17)));
        }
        spark = org.ccsweep.jobs.testing.TestSpark.session();
        Views.register(spark, out.toUri());
    }

    private static Row one(String sql) {
        List<Row> rows = spark.sql(sql).collectAsList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void runsRowCarriesTheSpecAndHeadline() {
        Row r = one("SELECT * FROM runs WHERE run_id = '" + LOW_RANK.id() + "'");
        assertThat((String) r.getAs("status")).isEqualTo("ok");
        assertThat((String) r.getAs("mixing")).isEqualTo("low-rank");
        assertThat((Integer) r.getAs("low_rank_rank")).isEqualTo(3);
        assertThat((Boolean) r.getAs("low_rank_zero_diagonal")).isTrue();
        assertThat((Double) r.getAs("sigma")).isEqualTo(0.03);
        assertThat((Long) r.getAs("seed")).isEqualTo(7L);
        assertThat((Double) r.getAs("loss_per_feature")).isEqualTo(1.25);  // index 1 of {0.01, 0.1, 1}: p_train 0.1
        assertThat((Double) r.getAs("one_active_loss_per_feature")).isEqualTo(0.75);  // TestRuns.ok: 0.25 + 0.5
        assertThat((Double) r.getAs("naive_loss_per_feature")).isEqualTo(1.0);  // and 0.25 + 0.75
        assertThat((String) r.getAs("spec")).isEqualTo(LOW_RANK.canonical());
        assertThat((String) r.getAs("point_id")).isEqualTo(GridPoint.id(LOW_RANK));
        assertThat((Object) r.getAs("error")).isNull();
    }

    @Test
    void failedRunHasItsErrorAndNoOtherRows() {
        Row r = one("SELECT status, error, loss_per_feature, one_active_loss_per_feature, naive_loss_per_feature FROM runs WHERE run_id = '"
                + FAILED.id() + "'");
        assertThat(r.getString(0)).isEqualTo("failed");
        assertThat(r.getString(1)).isEqualTo("java.lang.ArithmeticException: boom");
        assertThat(r.isNullAt(2)).isTrue();
        assertThat(r.isNullAt(3)).isTrue();
        assertThat(r.isNullAt(4)).isTrue();
        assertThat(one("SELECT count(*) FROM profiles WHERE run_id = '" + FAILED.id() + "'").getLong(0)).isZero();
    }

    @Test
    void profilesCurvesAndWeightsRoundTrip() {
        Row p = one("SELECT loss, loss_per_feature, stderr FROM profiles WHERE run_id = '" + LOW_RANK.id() + "' AND p_eval = 1.0");
        assertThat(p.getDouble(0)).isEqualTo(2.25);
        assertThat(p.getDouble(1)).isEqualTo(2.25);
        assertThat(p.getDouble(2)).isEqualTo(0.003);
        Row c = one("SELECT collect_list(step), collect_list(loss) FROM (SELECT * FROM curves WHERE run_id = '"
                + LOW_RANK.id() + "' ORDER BY step)");
        assertThat(c.getList(0)).containsExactly(10, 20);
        assertThat(c.getList(1)).containsExactly(0.9, 0.5);
        Row w = one("SELECT n_features, d_mlp, w_in, w_out, mixing FROM weights WHERE run_id = '" + LOW_RANK.id() + "'");
        assertThat(w.getInt(0)).isEqualTo(4);
        assertThat(w.getInt(1)).isEqualTo(2);
        assertThat(w.getList(2)).containsExactly(0f, 0.5f, 1f, 1.5f, 2f, 2.5f, 3f, 3.5f);
        assertThat(w.getList(3)).hasSize(8).startsWith(-0f, -1f);
        assertThat(w.getList(4)).hasSize(16).endsWith(30f);
    }

    @Test
    void aggregatesAverageTheSeedsOfAPoint() {
        Row a = one("SELECT n, mean, std, ci95_low, ci95_high FROM aggregates WHERE mixing = 'symmetric' AND at_p_train");
        // L/p at p_train of the three seeds: 1.10, 1.12, 1.17; mean 1.13, std 0.0360555, t_{0.975,2} = 4.302653.
        assertThat(a.getLong(0)).isEqualTo(3);
        assertThat(a.getDouble(1)).isCloseTo(1.13, within(1e-12));
        assertThat(a.getDouble(2)).isCloseTo(0.0360555128, within(1e-9));
        double half = 4.302652730 * 0.0360555128 / Math.sqrt(3);
        assertThat(a.getDouble(3)).isCloseTo(1.13 - half, within(1e-8));
        assertThat(a.getDouble(4)).isCloseTo(1.13 + half, within(1e-8));
    }

    @Test
    void aSinglySeededPointHasNoInterval() {
        Row a = one("SELECT n, ci95_low FROM aggregates WHERE mixing = 'low-rank' AND p_eval = 0.01");
        assertThat(a.getLong(0)).isEqualTo(1);
        assertThat(a.isNullAt(1)).isTrue();
    }

    @Test
    void emptyTablesReadWithTheirSchema(@TempDir Path empty) {
        ResultStore.open(empty.toUri(), new Configuration()).close();
        Views.register(spark, empty.toUri());
        assertThat(spark.sql("SELECT * FROM runs").columns()).startsWith("run_id", "point_id", "sweep");
        assertThat(spark.sql("SELECT * FROM aggregates").count()).isZero();
        Views.register(spark, out.toUri());
    }
}
