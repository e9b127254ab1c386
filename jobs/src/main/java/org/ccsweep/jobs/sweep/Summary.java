package org.ccsweep.jobs.sweep;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccsweep.jobs.stats.StudentT;
import org.ccsweep.jobs.tables.GridPoint;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Tasks;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;

/**
 * The seed-aggregated summary printed at the end of a sweep: one line per grid point, in sweep
 * order, over the sweep's runs recorded in the output: seeds ok / runs, mean L/p at p_train, its
 * sample std and 95 % interval (Student t, n − 1 degrees of freedom); and how many of the sweep's runs
 * and baseline tasks the output records as failed. It reads the committed losses straight from the
 * Parquet files ({@code ResultStore}), not through Spark SQL, whose first query in a JVM costs seconds
 * at the end of every sweep; {@code SweepJobTest} checks the printed figures against Spark SQL's.
 */
final class Summary {
    private Summary() {
    }

    /**
     * Prints the summary (nothing when the output holds none of the runs, as in a baselines-only sweep) and returns
     * how many of the sweep's runs are recorded as failed.
     *
     * @param losses the output's L/p by run id, null for a failed run
     */
    static long print(Map<String, Double> losses, List<RunSpec> runs, PrintStream out) {
        Map<String, List<RunSpec>> byPoint = new LinkedHashMap<>();
        for (RunSpec run : runs) {
            if (losses.containsKey(run.id())) {
                byPoint.computeIfAbsent(GridPoint.id(run), k -> new ArrayList<>()).add(run);
            }
        }
        if (byPoint.isEmpty()) {
            return 0;
        }
        List<Key<?>> columns = columns(runs);
        List<String[]> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(columns.stream().map(Summary::header).toList());
        header.addAll(List.of("seeds ok", "mean L/p", "std", "95% interval"));
        lines.add(header.toArray(String[]::new));
        long failed = 0;
        for (List<RunSpec> point : byPoint.values()) {
            double[] ok = point.stream().map(r -> losses.get(r.id())).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).toArray();
            failed += point.size() - ok.length;
            lines.add(line(columns, point.get(0), ok, point.size()));
        }
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
        return failed;
    }

    /**
     * The task's summary keys, then every other key whose value differs between the sweep's runs that hold
     * it (a grid axis), in declaration order; not the seeds, nor eval.p (each run's holds its p_train).
     */
    static List<Key<?>> columns(List<RunSpec> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        List<Key<?>> columns = new ArrayList<>(Tasks.of(runs.get(0)).summaryKeys());
        for (Key<?> key : Tasks.keysOf(Tasks.of(runs.get(0)))) {
            if (columns.contains(key) || key.equals(Keys.SEED) || key.equals(Keys.MIXING_SEED) || key.equals(Keys.EVAL_P)) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (RunSpec run : runs) {
                if (run.has(key)) {
                    values.add(text(run.get(key)));
                }
            }
            if (values.size() > 1) {
                columns.add(key);
            }
        }
        return columns;
    }

    /** A key's header: the last element of its path with '_' for '-' ({@code rank}, {@code d_mlp}). */
    private static String header(Key<?> key) {
        return key.path().substring(key.path().lastIndexOf('.') + 1).replace('-', '_');
    }

    private static String[] line(List<Key<?>> columns, RunSpec s, double[] ok, int runs) {
        int n = ok.length;
        double mean = 0.0;
        for (double v : ok) {
            mean += v;
        }
        mean /= n;
        double squares = 0.0;
        for (double v : ok) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / (n - 1));
        String interval = "-";
        if (n >= 2) {
            double half = StudentT.quantile(0.975, n - 1) * std / Math.sqrt(n);
            interval = "[" + num(mean - half) + ", " + num(mean + half) + "]";
        }
        List<String> line = new ArrayList<>();
        for (Key<?> key : columns) {
            line.add(s.has(key) ? text(s.get(key)) : "-");
        }
        line.addAll(List.of(n + "/" + runs, n == 0 ? "-" : num(mean), n < 2 ? "-" : num(std), interval));
        return line.toArray(String[]::new);
    }

    /** How many of the sweep's baseline tasks are recorded as failed, of the output's failed ids. */
    static long failedBaselines(Set<String> failedIds, List<BaselineSpec> baselines) {
        return baselines.stream().map(BaselineSpec::id).distinct().filter(failedIds::contains).count();
    }

    /**
     * A grid value as a conf writes it: doubles to 10 significant digits (a linear range's
     * 0.09000000000000001 is 0.09), enums as {@code low-rank}.
     */
    static String text(Object v) {
        if (v instanceof Double d) {
            return String.valueOf(new BigDecimal(d).round(new MathContext(10)).doubleValue());
        }
        return v == null ? "-" : Key.spell(v);
    }

    private static String num(double v) {
        return String.format("%.4g", v);
    }
}
