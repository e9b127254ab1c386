package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.ccsweep.jobs.config.SweepConfigException;
import org.ccsweep.jobs.sweep.SweepStoppedException;
import org.ccsweep.jobs.tables.OutputInUseException;

/**
 * The ccsweep command line.
 *
 * <pre>
 * ccsweep sweep CONF [--set key=value ...] [--fail-on-error]
 * ccsweep sql RESULTS_DIR "SELECT ..."
 * ccsweep figures RESULTS_DIR... [--out DIR]
 * ccsweep report RESULTS_DIR... [--out FILE]
 * </pre>
 * Exit codes: 0 done; 1 a run failed and --fail-on-error was given; 2 invalid usage or config, or
 * the output in use by another running sweep; 3 the sweep stopped on a fault outside any run (a JVM
 * error such as running out of memory, a Spark job that failed): what was committed stays, and
 * running the sweep again resumes it.
 */
public final class Main {
    static final String USAGE = """
            usage: ccsweep sweep CONF [--set key=value ...] [--fail-on-error]
                   ccsweep sql RESULTS_DIR "SELECT ..."   (views: runs, profiles, curves, weights, aggregates, and
                                                    the analysis, transplant and baseline tables: the README's SQL cookbook)
                   ccsweep figures RESULTS_DIR... [--out DIR]   (default DIR: the first RESULTS_DIR/figures)
                   ccsweep report RESULTS_DIR... [--out FILE]   (default FILE: report.html in the first RESULTS_DIR)""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (args.length == 0 ? "" : args[0]) {
                case "sweep" -> SweepCommand.run(rest, err);
                case "sql" -> SqlCommand.run(rest, out, err);
                case "figures" -> FiguresCommand.run(rest, out, err);
                case "report" -> ReportCommand.run(rest, out, err);
                default -> throw new UsageException(args.length == 0 ? "no command" : "unknown command " + args[0]);
            };
        } catch (UsageException e) {
            err.println("ccsweep: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (SweepConfigException | OutputInUseException e) {
            err.println(e.getMessage());
            return 2;
        } catch (SweepStoppedException e) {
            err.println("ccsweep: " + e.getMessage());
            return 3;
        }
    }
}
