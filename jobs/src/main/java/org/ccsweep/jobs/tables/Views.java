package org.ccsweep.jobs.tables;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.ccsweep.jobs.stats.StudentT;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.Tasks;

/**
 * Registers the result tables of one or more output directories as Spark SQL views, one per
 * {@link Table}, each the union of the directories' committed files (a table an older output lacks
 * reads as empty);
 * the seed aggregates {@code aggregates}; and the
 * function {@code t_quantile(p, df)} (Student's t quantile, null for df < 1).
 */
public final class Views {
    /**
     * Per grid point (runs.point_id) and p_eval, over the point's successful seeds: every column of a
     * key that runs record (so that every axis of the sweep is a column), the point's naive reference
     * line, n, mean, std (sample), and the 95 % interval mean ± t_{0.975, n−1} · std/√n (null for
     * n = 1). at_p_train marks the row at p_eval = p_train, the headline value.
     */
    static final String AGGREGATES = aggregates();

    private static String aggregates() {
        String keys = keyColumns().stream().map(c -> "r." + c).collect(Collectors.joining(", "));
        return """
                SELECT *, mean - t_quantile(0.975, n - 1) * std / sqrt(n) AS ci95_low,
                          mean + t_quantile(0.975, n - 1) * std / sqrt(n) AS ci95_high
                FROM (
                  SELECT r.sweep, r.point_id, %1$s,
                         p.p_eval, p.p_eval = r.p_train AS at_p_train,
                         avg(r.naive_reference_loss_per_feature) AS naive_reference,
                         count(*) AS n, avg(p.loss_per_feature) AS mean, stddev_samp(p.loss_per_feature) AS std
                  FROM runs r JOIN profiles p ON p.run_id = r.run_id
                  WHERE r.status = 'ok'
                  GROUP BY r.sweep, r.point_id, %1$s, p.p_eval
                )""".formatted(keys);
    }

    /**
     * The runs columns of the declared keys that set the model a run trains (not the seeds, nor
     * {@link Key#isMeasurement() measurement} keys), in declaration order: points that agree on these
     * trained the same model, whatever sweep trained them and however precisely it measured them.
     */
    public static List<String> modelColumns() {
        List<String> columns = new ArrayList<>();
        for (Key<?> key : Tasks.allKeys()) {
            if (key.column() != null && !key.isMeasurement() && !key.equals(Keys.SEED) && !key.equals(Keys.MIXING_SEED)) {
                columns.add(key.column());
            }
        }
        return columns;
    }

    /** The runs columns of every declared key but the seeds, in declaration order. */
    public static List<String> keyColumns() {
        List<String> columns = new ArrayList<>();
        for (Key<?> key : Tasks.allKeys()) {
            if (key.column() != null && !key.equals(Keys.SEED) && !key.equals(Keys.MIXING_SEED)) {
                columns.add(key.column());
            }
        }
        return columns;
    }

    private Views() {
    }

    /** The names of the views {@link #register} creates: one per {@link Table}, and {@code aggregates}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(Arrays.stream(Table.values()).map(Table::tableName).toList());
        names.add("aggregates");
        return List.copyOf(names);
    }

    public static void register(SparkSession spark, URI output) {
        register(spark, List.of(output));
    }

    /**
     * The views over several output directories (Hadoop URIs) at once: each table is the union of the
     * files of their committed chunks ({@link Chunks}), so a commit that did not finish is invisible.
     *
     * @throws ResultsException when a committed file is missing or not of its marker's length, or a
     *                          marker cannot be read: one line naming it
     */
    public static void register(SparkSession spark, List<URI> outputs) {
        if (!spark.catalog().functionExists("t_quantile")) {
            spark.udf().register("t_quantile", (UDF2<Number, Number, Double>) (p, df) ->
                    p == null || df == null || df.doubleValue() < 1 ? null : StudentT.quantile(p.doubleValue(), df.doubleValue()),
                    DataTypes.DoubleType);
        }
        List<Chunks> committed = outputs.stream().map(o -> committed(o, spark.sparkContext().hadoopConfiguration())).toList();
        for (Table table : Table.values()) {
            String[] paths = committed.stream().flatMap(c -> c.files(table).stream()).map(Path::toString).toArray(String[]::new);
            (paths.length > 0 ? spark.read().schema(SparkSchemas.of(table)).parquet(paths)
                    : spark.createDataFrame(List.<Row>of(), SparkSchemas.of(table)))
                    .createOrReplaceTempView(table.tableName());
        }
        readLegacyRuns(spark);
        spark.sql(AGGREGATES).createOrReplaceTempView("aggregates");
    }

    /**
     * Outputs written before runs recorded their naive reference line were all of the CC task, whose
     * line is (n − d)/(6n): the runs view reads theirs so, for successful runs, so that every figure and
     * claim can read the line from the data.
     */
    private static void readLegacyRuns(SparkSession spark) {
        spark.table("runs").withColumn("naive_reference_loss_per_feature", functions.expr("""
                coalesce(naive_reference_loss_per_feature, CASE WHEN status = 'ok' AND coalesce(task, 'cc') = 'cc'
                    THEN (n_features - d_mlp) / (6.0D * n_features) END)""")).createOrReplaceTempView("runs");
    }

    /** The committed chunks of an output, each file there with its marker's length. */
    private static Chunks committed(URI output, Configuration hadoop) {
        String name = Locations.display(output);
        Chunks chunks = Chunks.read(output, hadoop);
        List<Damage> damage = Verifier.check(chunks, false);
        if (!damage.isEmpty()) {
            throw new ResultsException(damage.get(0).line(name) + (damage.size() > 1 ? " and " + (damage.size() - 1) + " more" : "")
                    + "; `ccsweep verify " + name + "` lists the damage, a sweep on it computes the chunks again");
        }
        return chunks;
    }
}
