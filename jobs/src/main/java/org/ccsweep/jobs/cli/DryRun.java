package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.config.Axis;
import org.ccsweep.jobs.config.BaselineExpander;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.CommittedRows;
import org.ccsweep.jobs.tables.GridPoint;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.Table;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;

/**
 * {@code sweep CONF --dry-run}: the validated sweep as it would run (its task, grid, seeds, how many runs and
 * baseline tasks, where they go, how many of them the output's committed chunks already hold), without starting
 * Spark, training, or opening the output for writing. The sweep itself verifies the chunks first: one it finds damaged
 * is trained again, so the count here is what the markers say.
 */
final class DryRun {
    private DryRun() {
    }

    static void print(SweepSpec sweep, PrintStream out) {
        List<RunSpec> runs = sweep.baselines().only() ? List.of() : sweep.runs();
        long points = runs.stream().map(GridPoint::id).distinct().count();
        out.printf("sweep %s (task %s): %d runs = %d grid points × %d seeds%s%n", sweep.name(), sweep.task().name(),
                runs.size(), points, sweep.seeds().size(), sweep.baselines().only() ? " (baselines.only: none trained)" : "");
        for (Axis axis : sweep.axes()) {
            out.printf("  %s = [%s]%n", axis.name(), axis.values().stream().map(DryRun::value).collect(Collectors.joining(", ")));
        }
        out.printf("  sweep.seeds = [%s]%n", sweep.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        List<BaselineSpec> baselines = BaselineExpander.expand(sweep);
        if (!baselines.isEmpty()) {
            out.printf("baselines: %d tasks (%s)%n", baselines.size(),
                    sweep.baselines().kinds().stream().map(Key::spell).collect(Collectors.joining(", ")));
        }
        Configuration hadoop = new Configuration();
        Set<String> runsDone = CommittedRows.ids(sweep.output(), hadoop, Table.RUNS, "run_id");
        long trained = runs.stream().filter(r -> runsDone.contains(r.id())).count();
        out.printf("output: %s: holds %d of these %d runs", Locations.display(sweep.output()), trained, runs.size());
        long computed = 0;
        if (!baselines.isEmpty()) {
            Set<String> baselinesDone = CommittedRows.ids(sweep.output(), hadoop, Table.BASELINES, "baseline_id");
            computed = baselines.stream().filter(b -> baselinesDone.contains(b.id())).count();
            out.printf(" and %d of the %d baseline tasks", computed, baselines.size());
        }
        out.printf("; the sweep would train %d%s%n", runs.size() - trained,
                baselines.isEmpty() ? "" : " and compute " + (baselines.size() - computed));
        out.printf("engine: backend %s, %d cores, chunks of %d%n", Key.spell(sweep.engine().backend()),
                sweep.engine().resolvedCores(), sweep.engine().chunkSize());
        out.println("valid; nothing trained or written (--dry-run)");
    }

    /** A value as a sweep file would write it: a number to 10 significant digits (0.01, not 0.010000000000000002). */
    private static String value(Object value) {
        return value instanceof Double d && Double.isFinite(d)
                ? new BigDecimal(d).round(new MathContext(10)).stripTrailingZeros().toPlainString() : Key.spell(value);
    }
}
