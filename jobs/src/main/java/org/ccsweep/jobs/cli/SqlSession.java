package org.ccsweep.jobs.cli;

import java.net.URI;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.ccsweep.jobs.tables.Views;

/**
 * One Spark session over the views of a results directory, running the statements that
 * {@link ReadOnlyCheck} accepts: each is checked as parsed, then (a query) as analysed, before it runs.
 * Variable substitution is off, so that {@code ${env:...}} and {@code ${system:...}} in a statement
 * stay text and never read the environment.
 */
final class SqlSession {
    /** A statement's result. */
    record Result(StructType schema, List<Row> rows) {
    }

    /** A statement that was not allowed or failed, with its message on one line. */
    static final class StatementFailure extends RuntimeException {
        StatementFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SparkSession spark;
    private final ReadOnlyCheck check;

    /** Registers the views of {@code results} on the session; {@link Views#register} says what fails. */
    SqlSession(SparkSession spark, URI results) {
        this.spark = spark;
        spark.conf().set("spark.sql.variable.substitute", "false");
        Views.register(spark, results);
        this.check = new ReadOnlyCheck(Views.names(), List.of(results));
    }

    /** @throws StatementFailure when the statement is not allowed, does not parse or fails */
    Result run(String statement) {
        try {
            boolean query = check.check(spark, statement);
            Dataset<Row> result = spark.sql(statement);
            if (query) {
                check.checkAnalyzed(result.queryExecution().analyzed());
            }
            return new Result(result.schema(), result.collectAsList());
        } catch (Exception e) {
            throw new StatementFailure(oneLine(e), e);
        }
    }

    /** Cancels the statement running (its Spark jobs); it then fails. */
    void cancel() {
        spark.sparkContext().cancelAllJobs();
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
