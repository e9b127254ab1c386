package org.ccsweep.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.ChartFiles;
import org.ccsweep.jobs.figures.Figure;
import org.ccsweep.jobs.figures.Figures;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.Views;
import org.jfree.chart.JFreeChart;

/**
 * {@code figures RESULTS_DIR... [--out DIR]}: draws every figure the results (several output
 * directories read as one, as {@code report} does) support as {@code DIR/<name>.png} and
 * {@code DIR/<name>.svg} (a local DIR; defaults to the first RESULTS_DIR/figures when it is local),
 * and says on one line each which it drew and which it skipped for lack of rows. A DIR that cannot be
 * written (a file, under a file) exits 2 before any work.
 */
final class FiguresCommand {
    private FiguresCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<URI> results = new ArrayList<>();
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--out needs a directory");
                }
                dir = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("-")) {
                throw new UsageException("unexpected argument " + args.get(i));
            } else {
                results.add(location(args.get(i)));
            }
        }
        if (results.isEmpty()) {
            throw new UsageException("figures needs RESULTS_DIR");
        }
        Path target = dir != null ? dir : Locations.localPath(results.get(0)).map(p -> p.resolve("figures"))
                .orElseThrow(() -> new UsageException("figures of a non-local RESULTS_DIR need --out"));
        Optional<String> unwritable = LocalTarget.directoryProblem(target);
        if (unwritable.isPresent()) {
            err.println("ccsweep figures: " + unwritable.get());
            return 2;
        }
        System.setProperty("java.awt.headless", "true");
        SparkSession spark = Spark.session(Runtime.getRuntime().availableProcessors());
        Spark.quietTaskFailures();
        try {
            for (URI result : results) {
                Optional<String> problem = ResultsDir.problem(result, spark.sparkContext().hadoopConfiguration());
                if (problem.isPresent()) {
                    err.println("ccsweep figures: " + problem.get());
                    return 2;
                }
            }
            Views.register(spark, results);
            for (Figure figure : Figures.all(spark)) {
                Optional<JFreeChart> chart = figure.chart(spark);
                if (chart.isEmpty()) {
                    out.println(figure.name() + ": skipped, the results have no " + figure.needs());
                    continue;
                }
                Path png = target.resolve(figure.name() + ".png");
                try {
                    Files.createDirectories(target);
                    Files.write(png, ChartFiles.png(chart.get(), figure.size()));
                    Files.writeString(target.resolve(figure.name() + ".svg"), ChartFiles.svg(chart.get(), figure.size()));
                } catch (IOException e) {
                    err.println("ccsweep figures: " + png + ": cannot write it: " + e.getMessage());
                    return 2;
                }
                out.println(figure.name() + ": " + png + " and .svg");
            }
            return 0;
        } finally {
            spark.stop();
        }
    }

    static URI location(String arg) {
        try {
            return Locations.of(arg);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
