package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Tasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real U-AND sweep, AND and XOR at a fixed width and as bisections: its tables, its resume, and bits that do
 * not depend on how the runs are grouped into chunks and task slots (nor on Spark: the serial runs agree).
 */
class UandSweepTest {
    static final String SWEEP = """
            sweep { task = uand, name = tiny-uand, seeds = [0, 1] }
            sweep.grid { "uand.operation" = [and, xor], "uand.bisect.enabled" = [false, true] }
            model { n-features = 10, d-mlp = 8 }
            train { steps = 60, batch = 64, curve-points = 5 }
            uand { eval-samples = 2000, ridge.samples = 4000, pairs = 20, bisect.target = 0.6 }
            sweep.grid.p-train = [0.1]
            eval { p = [0.2], pilot-per-k = 200, max-samples = 2000 }
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static SweepSpec byOne;
    static LoggedSweep first;

    @BeforeAll
    static void runOnce() {
        spark = TestSpark.session();
        byOne = TinySweeps.load(tmp, SWEEP, tmp.resolve("one"), "engine.chunk-size=1", "engine.cores=1");
        first = LoggedSweep.run(spark, byOne);
    }

    @Test
    void everyTableHoldsItsRows() {
        assertThat(byOne.runs()).hasSize(8);
        Row counts = spark.sql("""
                SELECT (SELECT count(*) FROM runs WHERE status = 'ok' AND task = 'uand'),
                       (SELECT count(*) FROM uand_metrics), (SELECT count(*) FROM uand_metrics WHERE readoff = 'ridge'),
                       (SELECT count(*) FROM uand_accuracy), (SELECT count(*) FROM uand_scaling),
                       (SELECT count(*) FROM uand_probes), (SELECT sum(probes) FROM uand_scaling),
                       (SELECT count(*) FROM profiles), (SELECT count(*) FROM curves)""").first();
        assertThat(List.of(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4)))
                .containsExactly(8L, 12L, 4L, 12L * 8, 4L);
        assertThat(counts.getLong(5)).isEqualTo(counts.getLong(6)).isGreaterThanOrEqualTo(4 * 4);
        assertThat(List.of(counts.getLong(7), counts.getLong(8))).containsExactly(8L * 2, 8L * 5);
        List<Row> naive = spark.sql("SELECT DISTINCT round(naive_reference_loss_per_feature, 12) FROM runs").collectAsList();
        assertThat(naive).extracting(r -> r.getDouble(0)).as("the zero output's balanced loss 1/2, over p").containsExactly(5.0);
        assertThat(spark.sql("SELECT count(*) FROM aggregates WHERE naive_reference IS NOT NULL AND n = 2").first()
                .getLong(0)).isEqualTo(4 * 2);
        assertThat(first.log()).contains("[ccsweep] sweep tiny-uand: 8 runs", "8/8 tasks done");
    }

    @Test
    void aSecondRunSkipsEveryRun() {
        LoggedSweep again = LoggedSweep.run(spark, byOne);
        assertThat(again.log()).contains("skipped 8 already in");
        assertThat(spark.sql("SELECT count(*) FROM uand_metrics").first().getLong(0)).isEqualTo(12L);
    }

    @Test
    void groupingAndSparkDoNotChangeAnyBit() {
        SweepSpec byThree = TinySweeps.load(tmp, SWEEP, tmp.resolve("three"), "engine.chunk-size=3", "engine.cores=2");
        LoggedSweep.run(spark, byThree);
        Map<String, String> three = fingerprints(byThree.output());
        Map<String, String> one = fingerprints(byOne.output());
        Map<String, String> serial = new TreeMap<>();
        for (RunSpec run : byOne.runs()) {
            RunResult r = Tasks.of(run).execute(run);
            serial.put(run.id(), r.finalTrainLoss() + "|" + r.profile().loss()[0] + "|" + objectives(r));
        }
        assertThat(one).hasSize(8).isEqualTo(three).isEqualTo(serial);
    }

    private static String objectives(RunResult r) {
        return String.valueOf(r.output().rows().get("uand_metrics").stream().map(m -> m.get("objective")).toList());
    }

    private static Map<String, String> fingerprints(URI output) {
        Views.register(spark, output);
        Map<String, String> prints = new TreeMap<>();
        for (Row r : spark.sql("""
                SELECT r.run_id, r.final_train_loss, p.loss,
                       (SELECT collect_list(objective) FROM (SELECT * FROM uand_metrics m WHERE m.run_id = r.run_id
                        ORDER BY readoff DESC))
                FROM runs r JOIN profiles p USING (run_id)""").collectAsList()) {
            prints.put(r.getString(0), r.getDouble(1) + "|" + r.getDouble(2) + "|" + r.getList(3));
        }
        return prints;
    }
}
