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
import org.ccsweep.jobs.report.Claim;
import org.ccsweep.jobs.report.Claims;
import org.ccsweep.jobs.report.HtmlReport;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.Views;
import org.jfree.chart.JFreeChart;

/**
 * {@code report RESULTS_DIR... [--out FILE]}: one self-contained HTML page over the union of the
 * results (a local FILE; defaults to report.html in the first RESULTS_DIR when it is local): every figure they support and the
 * table of the paper's claims, each judged or marked "not in these results". A FILE that cannot be
 * written (a directory, under a file) exits 2 before any work.
 */
final class ReportCommand {
    private ReportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<URI> results = new ArrayList<>();
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--out needs a file");
                }
                file = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("-")) {
                throw new UsageException("unexpected argument " + args.get(i));
            } else {
                results.add(FiguresCommand.location(args.get(i)));
            }
        }
        if (results.isEmpty()) {
            throw new UsageException("report needs at least one RESULTS_DIR");
        }
        Path target = file != null ? file : Locations.localPath(results.get(0)).map(p -> p.resolve("report.html"))
                .orElseThrow(() -> new UsageException("a report of a non-local RESULTS_DIR needs --out"));
        Optional<String> unwritable = LocalTarget.fileProblem(target);
        if (unwritable.isPresent()) {
            err.println("ccsweep report: " + unwritable.get());
            return 2;
        }
        System.setProperty("java.awt.headless", "true");
        SparkSession spark = Spark.session(Runtime.getRuntime().availableProcessors());
        Spark.quietTaskFailures();
        try {
            for (URI dir : results) {
                Optional<String> problem = ResultsDir.problem(dir, spark.sparkContext().hadoopConfiguration());
                if (problem.isPresent()) {
                    err.println("ccsweep report: " + problem.get());
                    return 2;
                }
            }
            Views.register(spark, results);
            HtmlReport report = new HtmlReport(results);
            for (Claim claim : Claims.all()) {
                report.claim(claim, claim.judge(spark));
            }
            for (Figure figure : Figures.all(spark)) {
                Optional<JFreeChart> chart = figure.chart(spark);
                if (chart.isPresent()) {
                    report.figure(figure.section(), figure.name(), figure.caption(), ChartFiles.png(chart.get(), figure.size()));
                } else {
                    report.skipped(figure.section(), figure.name(), figure.needs());
                }
            }
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.writeString(target, report.html());
            } catch (IOException e) {
                err.println("ccsweep report: " + target + ": cannot write it: " + e.getMessage());
                return 2;
            }
            out.println("report: " + target);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
