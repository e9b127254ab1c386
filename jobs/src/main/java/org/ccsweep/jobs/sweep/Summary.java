package org.ccsweep.jobs.sweep;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.jobs.stats.StudentT;
import org.ccsweep.jobs.tables.GridPoint;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;
import org.ccsweep.model.task.cc.data.LowRankOptions;

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
     * Prints the summary and returns how many of the sweep's runs are recorded as failed.
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
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"model", "mixing", "sigma", "p_train", "learn_sigma", "input_mode", "rank", "steps",
            "seeds ok", "mean L/p", "std", "95% interval"});
        long failed = 0;
        for (List<RunSpec> point : byPoint.values()) {
            double[] ok = point.stream().map(r -> losses.get(r.id())).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).toArray();
            failed += point.size() - ok.length;
            lines.add(line(point.get(0), ok, point.size()));
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

    private static String[] line(RunSpec s, double[] ok, int runs) {
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
        LowRankOptions lowRank = s.lowRank();
        return new String[] {SweepSpecs.display(s.model()), SweepSpecs.display(s.mixing()), text(s.sigma()),
            text(s.pTrain()), text(s.learnSigma()), SweepSpecs.display(s.inputMode()),
            text(lowRank == null ? null : lowRank.rank()), text(s.steps()), n + "/" + runs,
            n == 0 ? "-" : num(mean), n < 2 ? "-" : num(std), interval};
    }

    /** How many of the sweep's baseline tasks are recorded as failed, of the output's failed ids. */
    static long failedBaselines(Set<String> failedIds, List<BaselineSpec> baselines) {
        return baselines.stream().map(BaselineSpec::id).distinct().filter(failedIds::contains).count();
    }

    /** A grid value as a conf writes it: doubles to 10 significant digits (a linear range's 0.09000000000000001 is 0.09). */
    static String text(Object v) {
        if (v instanceof Double d) {
            return String.valueOf(new BigDecimal(d).round(new MathContext(10)).doubleValue());
        }
        return v == null ? "-" : String.valueOf(v);
    }

    private static String num(double v) {
        return String.format("%.4g", v);
    }
}
