package org.ccsweep.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.ResultsException;

/**
 * {@code sql RESULTS_DIR [--format csv|table|json] [STATEMENTS | -f FILE]}: runs read-only Spark SQL
 * ({@link ReadOnlyCheck}) over the result views in one Spark session, and prints each result (CSV with
 * a header by default; an aligned table in the interactive shell). The statements come from the
 * command line (one or more, separated by semicolons), from FILE, or, with neither, from an interactive
 * shell when standard input is a terminal and from standard input otherwise. A missing results
 * directory, a damaged one, a statement not allowed or a failing one exits 2 with a one-line message;
 * the shell prints a failing statement's message and goes on.
 */
final class SqlCommand {
    private SqlCommand() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String dir = null;
        String statements = null;
        Path file = null;
        OutputFormat format = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-f") || arg.equals("--format")) {
                if (i + 1 == args.size()) {
                    throw new UsageException(arg + (arg.equals("-f") ? " needs a file" : " needs csv, table or json"));
                }
                String value = args.get(++i);
                if (arg.equals("-f")) {
                    file = Path.of(value);
                } else {
                    format = OutputFormat.parse(value);
                }
            } else if (arg.startsWith("--format=")) {
                format = OutputFormat.parse(arg.substring("--format=".length()));
            } else if (arg.startsWith("-") && !arg.matches("(?s).*\\s.*")) {
                throw new UsageException("unexpected argument " + arg);
            } else if (dir == null) {
                dir = arg;
            } else if (statements == null) {
                statements = arg;
            } else {
                throw new UsageException("unexpected argument " + arg + " (give several statements as one argument, separated by ';')");
            }
        }
        if (dir == null) {
            throw new UsageException("sql needs RESULTS_DIR");
        }
        if (statements != null && file != null) {
            throw new UsageException("sql takes STATEMENTS or -f FILE, not both");
        }
        String script = statements;
        String source = null;
        if (file != null) {
            try {
                script = Files.readString(file, StandardCharsets.UTF_8);
                source = file.toString();
            } catch (NoSuchFileException e) {
                err.println("ccsweep sql: " + file + ": no such file");
                return 2;
            } catch (IOException e) {
                err.println("ccsweep sql: " + file + ": cannot read it: " + e.getMessage());
                return 2;
            }
        }
        URI results;
        try {
            results = Locations.of(dir);
        } catch (IllegalArgumentException e) {
            err.println("ccsweep sql: " + e.getMessage());
            return 2;
        }
        boolean interactive = script == null && System.console() != null;
        OutputFormat shown = format != null ? format : interactive ? OutputFormat.TABLE : OutputFormat.CSV;
        SparkSession spark = Spark.session(Runtime.getRuntime().availableProcessors());
        Spark.quietTaskFailures();
        try {
            Optional<String> problem = ResultsDir.problem(results, spark.sparkContext().hadoopConfiguration());
            if (problem.isPresent()) {
                err.println("ccsweep sql: " + problem.get());
                return 2;
            }
            SqlShell shell;
            try {
                shell = new SqlShell(new SqlSession(spark, results), shown, out, err);
            } catch (ResultsException e) {
                err.println("ccsweep sql: " + e.getMessage());
                return 2;
            }
            if (interactive) {
                shell.interactive(Path.of(System.getProperty("user.home"), ".ccsweep_history"));
                return 0;
            }
            if (script == null) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                source = "<stdin>";
            }
            return shell.script(script, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        } finally {
            spark.stop();
        }
    }
}
