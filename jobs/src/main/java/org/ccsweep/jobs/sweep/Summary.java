package org.ccsweep.jobs.sweep;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.GridPoint;
import org.ccsweep.model.baselines.BaselineSpec;
import org.ccsweep.model.run.RunSpec;

/**
 * The seed-aggregated summary printed at the end of a sweep: one line per grid point, in sweep
 * order, over the sweep's runs in the {@code runs} view: seeds ok / run, mean L/p at p_train, its
 * sample std and 95 % interval (Student t, n − 1 degrees of freedom); and how many of the sweep's runs
 * and baseline tasks the output records as failed.
 */
final class Summary {
    private static final String QUERY = """
            SELECT *, mean - t_quantile(0.975, n - 1) * std / sqrt(n) AS ci95_low,
                      mean + t_quantile(0.975, n - 1) * std / sqrt(n) AS ci95_high
            FROM (
              SELECT point_id, first(model) AS model, first(mixing) AS mixing, first(sigma) AS sigma, first(p_train) AS p_train,
                     first(learn_sigma) AS learn_sigma, first(input_mode) AS input_mode,
                     first(low_rank_rank) AS rank, first(steps) AS steps, count(*) AS runs,
                     count(loss_per_feature) AS n, avg(loss_per_feature) AS mean,
                     stddev_samp(loss_per_feature) AS std
              FROM runs JOIN ccsweep_this_sweep USING (run_id)
              GROUP BY point_id
            )""";

    private Summary() {
    }

    /** Prints the summary and returns how many of the sweep's runs are recorded as failed. */
    static long print(SparkSession spark, List<RunSpec> runs, PrintStream out) {
        spark.createDataset(runs.stream().map(RunSpec::id).toList(), Encoders.STRING()).toDF("run_id")
                .createOrReplaceTempView("ccsweep_this_sweep");
        Map<String, Row> byPoint = spark.sql(QUERY).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), Function.identity()));
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"model", "mixing", "sigma", "p_train", "learn_sigma", "input_mode", "rank", "steps",
            "seeds ok", "mean L/p", "std", "95% interval"});
        runs.stream().map(GridPoint::id).distinct().map(byPoint::get).forEach(r -> lines.add(new String[] {
            r.getAs("model"), r.getAs("mixing"), text(r.getAs("sigma")), text(r.getAs("p_train")), text(r.getAs("learn_sigma")),
            r.getAs("input_mode"), text(r.getAs("rank")), text(r.getAs("steps")),
            r.getAs("n") + "/" + r.getAs("runs"), num(r.getAs("mean")), num(r.getAs("std")),
            r.getAs("ci95_low") == null ? "-" : "[" + num(r.getAs("ci95_low")) + ", " + num(r.getAs("ci95_high")) + "]"}));
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                sb.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
        return byPoint.values().stream().mapToLong(r -> r.<Long>getAs("runs") - r.<Long>getAs("n")).sum();
    }

    /** How many of the sweep's baseline tasks are recorded as failed in the {@code baselines} view. */
    static long failedBaselines(SparkSession spark, List<BaselineSpec> baselines) {
        if (baselines.isEmpty()) {
            return 0;
        }
        spark.createDataset(baselines.stream().map(BaselineSpec::id).toList(), Encoders.STRING()).toDF("baseline_id")
                .createOrReplaceTempView("ccsweep_this_sweep_baselines");
        return spark.sql("""
                SELECT count(DISTINCT baseline_id) FROM baselines JOIN ccsweep_this_sweep_baselines USING (baseline_id)
                WHERE status = 'failed'""").first().getLong(0);
    }

    /** A grid value as a conf writes it: doubles to 10 significant digits (a linear range's 0.09000000000000001 is 0.09). */
    static String text(Object v) {
        if (v instanceof Double d) {
            return String.valueOf(new BigDecimal(d).round(new MathContext(10)).doubleValue());
        }
        return v == null ? "-" : String.valueOf(v);
    }

    private static String num(Object v) {
        return v == null ? "-" : String.format("%.4g", ((Number) v).doubleValue());
    }
}
