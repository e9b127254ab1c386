package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.jobs.sweep.SweepJob;
import org.ccsweep.jobs.sweep.SweepReport;
import org.ccsweep.jobs.tables.OnDamage;

/**
 * {@code sweep CONF [--set key=value ...] [--fail-on-error] [--no-repair] [--dry-run]}: validates the whole sweep
 * before starting Spark ({@code --dry-run}: then prints what it would run, {@link DryRun}, and stops), then runs it embedded on local[engine.cores], or on the cluster it was
 * submitted to (engine.cores then does not apply). Before it trains, the output's committed files are
 * verified against their markers; a damaged chunk is removed and computed again, or with
 * {@code --no-repair} the sweep exits 2 naming each damaged file and leaves the output as it is. Exit
 * 0, or 1 when {@code --fail-on-error} is given and a run or baseline task of the sweep is recorded as
 * failed (now or by an earlier attempt).
 */
final class SweepCommand {
    private SweepCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path conf = null;
        List<String> sets = new ArrayList<>();
        boolean failOnError = false;
        boolean dryRun = false;
        OnDamage onDamage = OnDamage.RECOMPUTE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--set")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--set needs key=value");
                }
                sets.add(args.get(++i));
            } else if (arg.startsWith("--set=")) {
                sets.add(arg.substring("--set=".length()));
            } else if (arg.equals("--fail-on-error")) {
                failOnError = true;
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--no-repair")) {
                onDamage = OnDamage.REFUSE;
            } else if (arg.startsWith("-") || conf != null) {
                throw new UsageException("unexpected argument " + arg);
            } else {
                conf = Path.of(arg);
            }
        }
        if (conf == null) {
            throw new UsageException("sweep needs a config file");
        }
        SweepSpec sweep = Spark.submitted() ? SweepSpecs.load(conf, sets)
                : SweepSpecs.loadEmbedded(conf, sets, Runtime.getRuntime().maxMemory());
        if (dryRun) {
            DryRun.print(sweep, out);
            return 0;
        }
        if (!Spark.submitted() && !"1".equals(System.getenv("OMP_NUM_THREADS"))) {
            err.println("[ccsweep] warning: OMP_NUM_THREADS is " + System.getenv("OMP_NUM_THREADS")
                    + ", not 1: each of the " + sweep.engine().resolvedCores()
                    + " concurrent runs may use every core (submit/ccsweep sets it)");
        }
        SparkSession spark = Spark.session(sweep.engine().resolvedCores());
        try {
            SweepReport report = new SweepJob(spark, err).run(sweep, onDamage);
            return failOnError && report.anyFailed() ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
