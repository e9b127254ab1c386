package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Figures;
import org.ccsweep.jobs.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results directory written before issue 12 (its runs table in the schema of 2026-11-30, kept in test
 * resources: no task, no naive line, run ids of the old canonical form) reads through today's views: the
 * runs are CC's, their naive line is (n − d)/(6n), the aggregates group them, and the figures draw them.
 */
class LegacyOutputTest {
    @TempDir
    static Path out;
    static SparkSession spark;

    @BeforeAll
    static void writeTheOldWay() throws IOException {
        Schema runs;
        try (InputStream in = LegacyOutputTest.class.getResourceAsStream("/legacy/runs-2026-11-30.avsc")) {
            runs = new Schema.Parser().parse(in);
        }
        try (ParquetWriter<GenericRecord> runWriter = writer(runs, "runs");
                ParquetWriter<GenericRecord> profileWriter = writer(Table.PROFILES.schema(), "profiles")) {
            int id = 0;
            for (double sigma : new double[] {0.01, 0.02, 0.04}) {
                for (long seed = 0; seed < 3; seed++) {
                    String runId = String.format("%016x", id++);
                    runWriter.write(run(runs, runId, sigma, seed));
                    for (double p : new double[] {0.001, 0.01}) {
                        GenericRecord profile = new GenericData.Record(Table.PROFILES.schema());
                        profile.put("run_id", runId);
                        profile.put("p_eval", p);
                        profile.put("loss", 0.07 * p);
                        profile.put("loss_per_feature", 0.07 + sigma + 0.001 * seed);
                        profile.put("stderr", 0.0);
                        profileWriter.write(profile);
                    }
                }
            }
        }
        spark = TestSpark.session();
        Views.register(spark, out.toUri());
    }

    @Test
    void oldRunsAreCcRunsWithTheirNaiveLine() {
        Row r = spark.sql("SELECT count(*), count(task), min(naive_reference_loss_per_feature), "
                + "max(naive_reference_loss_per_feature) FROM runs").first();
        assertThat(r.getLong(0)).isEqualTo(9);
        assertThat(r.getLong(1)).isZero();
        assertThat(r.getDouble(2)).isEqualTo(50 / 600.0).isEqualTo(r.getDouble(3));
    }

    @Test
    void aggregatesGroupTheOldPointsBySeed() {
        List<Row> rows = spark.sql("SELECT sigma, n, mean, naive_reference FROM aggregates WHERE at_p_train ORDER BY sigma")
                .collectAsList();
        assertThat(rows).extracting(row -> row.getDouble(0) + "/" + row.getLong(1)).containsExactly("0.01/3", "0.02/3", "0.04/3");
        assertThat(rows.get(1).getDouble(2)).isCloseTo(0.091, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rows).allSatisfy(row -> assertThat(row.getDouble(3)).isEqualTo(50 / 600.0));
    }

    @Test
    void theFiguresDrawThem() {
        assertThat(Figures.all(spark).stream().filter(f -> f.name().equals("fig5-right-sigma")).findFirst().orElseThrow()
                .chart(spark)).isPresent();
    }

    private static ParquetWriter<GenericRecord> writer(Schema schema, String table) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out.resolve(table).resolve("part-000000.parquet").toUri());
        return AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(file, new Configuration()))
                .withSchema(schema).build();
    }

    /** A run as the old writer recorded it: the paper's recipe, asymmetric M at σ, p_train 0.01. */
    private static GenericRecord run(Schema schema, String runId, double sigma, long seed) {
        GenericRecord r = new GenericData.Record(schema);
        Object[] values = {"run_id", runId, "point_id", "p" + sigma, "sweep", "old", "status", "ok", "seed", seed,
            "mixing_seed", seed, "mixing", "asymmetric", "sigma", sigma, "learn_sigma", false, "final_sigma", sigma,
            "p_train", 0.01, "input_mode", "bernoulli", "n_features", 100, "d_mlp", 50, "d_embed", 1000, "steps", 10_000,
            "batch", 2048, "lr", 3e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weight_decay", 1e-2,
            "eval_target_rel_se", 0.002, "eval_pilot_per_k", 200, "eval_max_samples", 5_000_000L, "curve_points", 200,
            "model", "simplified", "transplant_steps", 0, "analysis", false, "final_train_loss", 7e-4,
            "loss_per_feature", 0.07 + sigma + 0.001 * seed, "train_seconds", 2.0, "eval_seconds", 1.0, "spec", "old",
            "backend", "cpu", "blas_threads", 1, "task_cpus", 1};
        for (int i = 0; i < values.length; i += 2) {
            r.put((String) values[i], values[i + 1]);
        }
        return r;
    }
}
