package org.ccsweep.jobs.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.ccsweep.jobs.config.SweepConfigException;
import org.ccsweep.jobs.sweep.SweepStoppedException;
import org.ccsweep.jobs.tables.OutputInUseException;
import org.ccsweep.jobs.tables.ResultsException;

/**
 * The ccsweep command line.
 *
 * <pre>
 * ccsweep sweep CONF [--set key=value ...] [--fail-on-error] [--no-repair] [--dry-run]
 * ccsweep sql RESULTS_DIR [--format csv|table|json] [STATEMENTS | -f FILE]
 * ccsweep verify RESULTS_DIR...
 * ccsweep figures RESULTS_DIR... [--out DIR]
 * ccsweep report RESULTS_DIR... [--out FILE]
 * ccsweep help | --help | -h   (also after a command)
 * </pre>
 * Exit codes: 0 done; 1 a run failed and --fail-on-error was given, or verify found damage; 2 invalid
 * usage or config, the output in use by another running sweep, a fault of the results directory (it
 * cannot be created, reached, written or read, or is damaged under --no-repair), a statement sql does
 * not allow or that fails; 3 the sweep stopped on a fault outside any run (a JVM error such as running
 * out of memory, a Spark job that failed): what was committed stays, and running the sweep again
 * resumes it.
 */
public final class Main {
    static final String USAGE = """
            usage: ccsweep sweep CONF [--set key=value ...] [--fail-on-error] [--no-repair] [--dry-run]
                                  train the sweep CONF describes into its sweep.output, resuming what is there;
                                  --dry-run: check it and print its runs, train and write nothing
                   ccsweep sql RESULTS_DIR [--format csv|table|json] ["STATEMENT; ..." | -f FILE]
                                  read-only queries over the views runs, profiles, curves, weights, aggregates and
                                  the analysis, transplant and baseline tables (the README's SQL cookbook); without
                                  statements: an interactive shell (or a script on standard input)
                   ccsweep verify RESULTS_DIR...   (every committed file against its chunk's marker)
                   ccsweep figures RESULTS_DIR... [--out DIR]   (default DIR: the first RESULTS_DIR/figures)
                   ccsweep report RESULTS_DIR... [--out FILE]   (default FILE: report.html in the first RESULTS_DIR)
                   ccsweep help   (this text; also --help or -h, after any command)""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs one command; {@code in} is what {@code sql} reads statements from when it is given none. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> all = Arrays.asList(args);
        if (all.contains("--help") || all.contains("-h") || (args.length > 0 && args[0].equals("help"))) {
            out.println(USAGE);
            return 0;
        }
        List<String> rest = all.subList(Math.min(1, args.length), args.length);
        try {
            return switch (args.length == 0 ? "" : args[0]) {
                case "sweep" -> SweepCommand.run(rest, out, err);
                case "sql" -> SqlCommand.run(rest, in, out, err);
                case "verify" -> VerifyCommand.run(rest, out, err);
                case "figures" -> FiguresCommand.run(rest, out, err);
                case "report" -> ReportCommand.run(rest, out, err);
                default -> throw new UsageException(args.length == 0 ? "no command" : "unknown command " + args[0]);
            };
        } catch (UsageException e) {
            err.println("ccsweep: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (SweepConfigException | OutputInUseException | ResultsException e) {
            err.println(e.getMessage());
            return 2;
        } catch (SweepStoppedException e) {
            err.println("ccsweep: " + e.getMessage());
            return 3;
        }
    }
}
