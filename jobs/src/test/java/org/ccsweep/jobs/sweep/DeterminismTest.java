package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sweep run as one run per task and task per chunk (lockstep 1, chunk-size 1), as lock-step
 * groups (the two σ of each seed trained together) in chunks of 3 on two concurrent task slots, and
 * serially in the test thread without Spark, one run at a time, gives bit-identical weights and losses.
 */
class DeterminismTest {
    static final String SWEEP = TinySweeps.TINY + "sweep.grid { mixing = [symmetric], sigma = [0.02, 0.04] }\n";

    @TempDir
    Path tmp;

    @Test
    void partitioningAndParallelismDoNotChangeAnyBit() {
        SparkSession spark = TestSpark.session();
        SweepSpec byOne = TinySweeps.load(tmp, SWEEP, tmp.resolve("one"), "engine.chunk-size=1", "engine.lockstep=1");
        SweepSpec byThree = TinySweeps.load(tmp, SWEEP, tmp.resolve("three"), "engine.chunk-size=3");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        new SweepJob(spark, quiet).run(byOne);
        new SweepJob(spark, quiet).run(byThree);

        Map<String, String> one = fingerprints(spark, byOne.output());
        Map<String, String> three = fingerprints(spark, byThree.output());
        List<RunSpec> runs = byOne.runs();
        Map<String, String> serial = runs.stream().collect(Collectors.toMap(RunSpec::id,
                r -> fingerprint(Tasks.of(r).execute(r))));
        assertThat(one).hasSize(4).isEqualTo(three).isEqualTo(serial);
    }

    /** Per run: the exact bits of its final loss, L/p profile, curve and weights, as text. */
    private static Map<String, String> fingerprints(SparkSession spark, URI output) {
        Views.register(spark, output);
        return spark.sql("""
                SELECT r.run_id, r.final_train_loss, r.final_sigma,
                       (SELECT collect_list(loss_per_feature) FROM (SELECT * FROM profiles p WHERE p.run_id = r.run_id ORDER BY p_eval)),
                       (SELECT collect_list(loss) FROM (SELECT * FROM curves c WHERE c.run_id = r.run_id ORDER BY step)),
                       w.w_in, w.w_out, w.mixing
                FROM runs r JOIN weights w USING (run_id)""").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), DeterminismTest::fingerprint));
    }

    private static String fingerprint(Row r) {
        return bits(r.getDouble(1)) + "|" + bits(r.getDouble(2)) + "|" + doubles(r.getList(3)) + "|" + doubles(r.getList(4))
                + "|" + floats(r.getList(5)) + "|" + floats(r.getList(6)) + "|" + floats(r.getList(7));
    }

    private static String fingerprint(RunResult r) {
        Map<String, Object> weights = r.output().rows().get("weights").get(0);
        return bits(r.finalTrainLoss()) + "|" + bits((Double) r.output().columns().get("final_sigma")) + "|"
                + doubles(Arrays.stream(r.profile().lossPerFeature()).boxed().toList()) + "|"
                + doubles(Arrays.stream(r.curveLoss()).boxed().toList()) + "|"
                + floats(boxed((float[]) weights.get("w_in"))) + "|" + floats(boxed((float[]) weights.get("w_out"))) + "|"
                + floats(boxed((float[]) weights.get("mixing")));
    }

    private static List<Float> boxed(float[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    private static String doubles(List<Double> values) {
        return values.stream().map(DeterminismTest::bits).collect(Collectors.joining(","));
    }

    private static String floats(List<Float> values) {
        return values.stream().map(v -> Integer.toHexString(Float.floatToRawIntBits(v))).collect(Collectors.joining(","));
    }
}
