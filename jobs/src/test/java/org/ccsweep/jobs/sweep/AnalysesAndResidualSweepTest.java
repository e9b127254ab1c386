package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real tiny sweep (n = 6, d = 3, d_embed = 12) of the simplified and the residual model on the
 * embedding M, analyses on: both kinds land in runs, and every analysis table holds its rows, which
 * agree with the weights table they were computed from.
 */
class AnalysesAndResidualSweepTest {
    static final int N = 6;
    static final int D = 3;
    static final String SWEEP = TinySweeps.TINY + """
            sweep { seeds = [0], grid { model = [simplified, residual], mixing = [embedding], sigma = [1] } }
            model { n-features = 6, d-mlp = 3, d-embed = 12 }
            analysis.enabled = true
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void runOnce() {
        spark = TestSpark.session();
        LoggedSweep.run(spark, TinySweeps.load(tmp, SWEEP, tmp.resolve("out")));
    }

    private static long count(String sql) {
        return spark.sql(sql).first().getLong(0);
    }

    @Test
    void bothModelKindsAreRecorded() {
        List<Row> runs = spark.sql("SELECT model, mixing, sigma, final_sigma, analysis, status FROM runs ORDER BY model")
                .collectAsList();
        assertThat(runs).extracting(Row::toString).containsExactly(
                "[residual,embedding,1.0,1.0,true,ok]", "[simplified,embedding,1.0,1.0,true,ok]");
    }

    @Test
    void everyAnalysisTableHasItsRowsPerRun() {
        assertThat(count("SELECT count(*) FROM analyses WHERE effective_rank BETWEEN 1 AND 3")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM responses")).isEqualTo(2L * N * 41);
        assertThat(count("SELECT count(*) FROM weight_bars")).isEqualTo(2L * N * D);
        assertThat(count("SELECT count(*) FROM alignment WHERE basis = 'eigen'")).isEqualTo(2L * N);
        assertThat(count("SELECT count(*) FROM alignment WHERE basis = 'singular'")).isEqualTo(2L * N);
        assertThat(count("SELECT count(*) FROM projections")).isEqualTo(2L * 3 * 2 * N * D);
        assertThat(count("SELECT count(*) FROM entries WHERE diagonal")).isEqualTo(2L * N);
        assertThat(count("SELECT count(*) FROM entries WHERE NOT diagonal")).isEqualTo(2L * N * (N - 1));
        assertThat(count("SELECT count(*) FROM entry_fits WHERE NOT diagonal AND slope IS NOT NULL AND intercept = 0"))
                .isEqualTo(2);
        // The embedding M has a zero diagonal: the diagonal fit has no spread in M_s.
        assertThat(count("SELECT count(*) FROM entry_fits WHERE diagonal AND slope IS NULL AND r IS NULL")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM interference")).isEqualTo(2L * 2 * N * N);
        assertThat(count("SELECT count(*) FROM transplants")).isZero();
    }

    @Test
    void weightBarsAndEntriesAgreeWithTheWeightsTable() {
        String bars = """
                SELECT max(abs(b.value - element_at(w.w_in, b.feature * w.d_mlp + b.neuron + 1)
                                       * element_at(w.w_out, b.neuron * w.n_features + b.feature + 1)))
                FROM weight_bars b JOIN weights w USING (run_id)""";
        assertThat(spark.sql(bars).first().getDouble(0)).isLessThan(1e-6);
        String mixing = """
                SELECT max(abs(e.mixing - element_at(w.mixing, e.col * w.n_features + e.row + 1)))
                FROM entries e JOIN weights w USING (run_id)""";
        assertThat(spark.sql(mixing).first().getDouble(0)).isLessThan(1e-6);
        String product = """
                SELECT max(abs(e.product - s.total)) FROM entries e JOIN (
                  SELECT b.run_id, b.feature AS row, b.feature AS col, sum(b.value) AS total
                  FROM weight_bars b GROUP BY b.run_id, b.feature) s USING (run_id, row, col)""";
        assertThat(spark.sql(product).first().getDouble(0)).isLessThan(1e-6);
    }

    @Test
    void responsesEndAtTheInterferenceDiagonal() {
        String sql = """
                SELECT max(abs(r.output - i.value)) FROM responses r JOIN interference i
                  ON r.run_id = i.run_id AND r.feature = i.input AND i.output = i.input AND r.t = i.sign""";
        assertThat(spark.sql(sql).first().getDouble(0)).isLessThan(1e-9);
        assertThat(count("SELECT count(*) FROM responses WHERE t = 1 AND label = 1")).isEqualTo(2L * N);
    }
}
