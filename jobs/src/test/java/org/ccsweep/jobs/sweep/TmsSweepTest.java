package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.task.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small tms sweep end to end: every run lands in runs, tms_features and tms_weights; the same sweep trained one
 * run per task and in the recipe's groups, and each run in the test thread without Spark, gives the same bits; and
 * a sweep given more seeds over the same output trains only the new runs.
 */
class TmsSweepTest {
    static final String SWEEP = """
            sweep { task = tms, name = tiny-tms, grid.p-train = [1, 0.3, 0.05] }
            train { steps = 300, batch = 256, curve-points = 10 }
            eval { p = [0.1, 1], max-samples = 20000 }
            """;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path tmp;

    @Test
    void groupingChangesNoBitAndEveryTableHoldsEveryRun() {
        SparkSession spark = TestSpark.session();
        SweepSpec alone = TinySweeps.load(tmp, SWEEP + "sweep.seeds = [0, 1]\n", tmp.resolve("alone"),
                "engine.chunk-size=1", "engine.lockstep=1");
        SweepSpec grouped = TinySweeps.load(tmp, SWEEP + "sweep.seeds = [0, 1]\n", tmp.resolve("grouped"));
        assertThat(grouped.engine().lockstep()).as("the recipe's groups").isEqualTo(20);
        new SweepJob(spark, QUIET).run(alone);
        new SweepJob(spark, QUIET).run(grouped);

        Map<String, String> serial = alone.runs().stream().collect(Collectors.toMap(r -> r.id(),
                r -> fingerprint(Tasks.of(r).execute(r))));
        assertThat(fingerprints(spark, alone.output())).hasSize(6).isEqualTo(fingerprints(spark, grouped.output()))
                .isEqualTo(serial);

        Row counts = spark.sql("""
                SELECT (SELECT count(*) FROM runs WHERE status = 'ok' AND task = 'tms' AND importance_decay = 1
                          AND naive_reference_loss_per_feature > 0),
                       (SELECT count(*) FROM tms_features), (SELECT count(*) FROM tms_weights WHERE size(w) = 10 AND size(b) = 5)
                """).first();
        assertThat(List.of(counts.getLong(0), counts.getLong(1), counts.getLong(2))).containsExactly(6L, 30L, 6L);
        for (Row r : spark.sql("""
                SELECT r.dimensions_per_feature, r.d_mlp / sum(f.norm * f.norm) AS from_norms
                FROM runs r JOIN tms_features f USING (run_id) GROUP BY r.run_id, r.dimensions_per_feature, r.d_mlp
                """).collectAsList()) {
            assertThat(r.getDouble(0)).isCloseTo(r.getDouble(1), within(1e-12 * r.getDouble(1)));
        }
    }

    @Test
    void moreSeedsOverTheSameOutputTrainOnlyTheNewRuns() {
        SparkSession spark = TestSpark.session();
        Path out = tmp.resolve("out");
        SweepReport first = new SweepJob(spark, QUIET).run(TinySweeps.load(tmp, SWEEP + "sweep.seeds = [0]\n", out));
        SweepReport second = new SweepJob(spark, QUIET).run(TinySweeps.load(tmp, SWEEP + "sweep.seeds = [0, 1]\n", out));
        assertThat(first.runs().computed()).isEqualTo(3);
        assertThat(second.runs().skipped()).isEqualTo(3);
        assertThat(second.runs().computed()).isEqualTo(3);
        Views.register(spark, out.toUri());
        Row counts = spark.sql("""
                SELECT (SELECT count(*) FROM runs), (SELECT count(DISTINCT run_id) FROM runs),
                       (SELECT count(*) FROM tms_features), (SELECT count(DISTINCT run_id, feature) FROM tms_features),
                       (SELECT count(*) FROM tms_weights)
                """).first();
        assertThat(List.of(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4)))
                .containsExactly(6L, 6L, 30L, 30L, 6L);
    }

    /** Per run: the exact bits of its final loss, profile, curve, W and b, as text. */
    private static Map<String, String> fingerprints(SparkSession spark, URI output) {
        Views.register(spark, output);
        Map<String, String> profiles = lists(spark, "SELECT run_id, p_eval AS at, loss_per_feature AS v FROM profiles");
        Map<String, String> curves = lists(spark, "SELECT run_id, step AS at, loss AS v FROM curves");
        return spark.sql("SELECT r.run_id, r.final_train_loss, w.w, w.b FROM runs r JOIN tms_weights w USING (run_id)")
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> bits(r.getDouble(1)) + "|"
                        + profiles.get(r.getString(0)) + "|" + curves.get(r.getString(0)) + "|" + floatBits(r.getList(2))
                        + "|" + floatBits(r.getList(3))));
    }

    /** Per run, the values of a (run_id, at, v) query in the order of at, as a list's text. */
    private static Map<String, String> lists(SparkSession spark, String sql) {
        return spark.sql("SELECT run_id, transform(array_sort(collect_list(struct(at, v))), e -> e.v) FROM (" + sql
                + ") GROUP BY run_id").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getList(1).toString()));
    }

    private static String fingerprint(RunResult r) {
        Map<String, Object> weights = r.output().rows().get("tms_weights").get(0);
        return bits(r.finalTrainLoss()) + "|" + java.util.Arrays.stream(r.profile().lossPerFeature()).boxed().toList() + "|"
                + java.util.Arrays.stream(r.curveLoss()).boxed().toList() + "|" + floatBits((float[]) weights.get("w")) + "|"
                + floatBits((float[]) weights.get("b"));
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    private static String floatBits(List<Float> values) {
        return values.stream().map(v -> Integer.toHexString(Float.floatToRawIntBits(v))).collect(Collectors.joining(","));
    }

    private static String floatBits(float[] values) {
        StringBuilder sb = new StringBuilder();
        for (float v : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(Integer.toHexString(Float.floatToRawIntBits(v)));
        }
        return sb.toString();
    }
}
