package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.ResultsException;
import org.ccsweep.jobs.tables.Views;

/**
 * {@code sql RESULTS_DIR QUERY}: runs one Spark SQL query over the result views and prints CSV with a
 * header row. A missing results directory or a failing query exits 2 with a one-line message.
 */
final class SqlCommand {
    private SqlCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            throw new UsageException("sql needs RESULTS_DIR and QUERY");
        }
        URI results;
        try {
            results = Locations.of(args.get(0));
        } catch (IllegalArgumentException e) {
            err.println("ccsweep sql: " + e.getMessage());
            return 2;
        }
        SparkSession spark = Spark.session(Runtime.getRuntime().availableProcessors());
        Spark.quietTaskFailures();
        try {
            Optional<String> problem = ResultsDir.problem(results, spark.sparkContext().hadoopConfiguration());
            if (problem.isPresent()) {
                err.println("ccsweep sql: " + problem.get());
                return 2;
            }
            try {
                Views.register(spark, results);
            } catch (ResultsException e) {
                err.println("ccsweep sql: " + e.getMessage());
                return 2;
            }
            Dataset<Row> result;
            List<Row> rows;
            try {
                result = spark.sql(args.get(1));
                rows = result.collectAsList();
            } catch (Exception e) {
                err.println("ccsweep sql: " + oneLine(e));
                return 2;
            }
            Csv.print(result.schema(), rows, out);
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Spark's message up to its query echo or plan dump, on one line. */
    static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("== SQL");
        message = cut >= 0 ? message.substring(0, cut) : message;
        int plan = message.indexOf(";\n");
        message = plan >= 0 ? message.substring(0, plan) : message;
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
