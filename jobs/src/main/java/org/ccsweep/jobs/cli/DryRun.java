package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.ccsweep.jobs.config.Axis;
import org.ccsweep.jobs.config.BaselineExpander;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.tables.GridPoint;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunSpec;

/**
 * {@code sweep CONF --dry-run}: the validated sweep as it would run (its task, grid, seeds, how many runs and
 * baseline tasks, where they go), without starting Spark, training or writing anything. Whether the output
 * already holds some of the runs is for the sweep to find: it resumes, training only those it lacks.
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
        int baselines = BaselineExpander.expand(sweep).size();
        if (baselines > 0) {
            out.printf("baselines: %d tasks (%s)%n", baselines,
                    sweep.baselines().kinds().stream().map(Key::spell).collect(Collectors.joining(", ")));
        }
        String output = Locations.display(sweep.output());
        boolean exists = Locations.localPath(sweep.output()).map(Files::exists).orElse(false);
        out.printf("output: %s%s%n", output, exists ? " (exists: the sweep resumes it, training only the runs it lacks)" : "");
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
