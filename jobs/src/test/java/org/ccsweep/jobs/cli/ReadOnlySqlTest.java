package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.ccsweep.jobs.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * sql runs queries over the results' views and nothing else. Every statement rejected here would run
 * (write, change the session, read a file, call Java) or fail with another message without the
 * check; every statement accepted is one the cookbook or a careful user writes.
 */
class ReadOnlySqlTest {
    @TempDir
    static Path tmp;
    static Path results;
    static Path secret;
    static SqlSession session;

    @BeforeAll
    static void open() throws Exception {
        results = tmp.resolve("results");
        SyntheticResults.write(results);
        secret = Files.writeString(tmp.resolve("secret.csv"), "a,b\n1,2\n");
        session = new SqlSession(TestSpark.session(), results.toUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT OVERWRITE DIRECTORY 'TMP/written' USING parquet SELECT * FROM profiles WHERE false",
        "INSERT OVERWRITE DIRECTORY 'TMP/written' SELECT 1",
        "INSERT INTO runs SELECT * FROM runs",
        "CREATE TABLE t USING parquet LOCATION 'TMP/written' AS SELECT 1 AS x",
        "CREATE OR REPLACE TEMPORARY VIEW runs AS SELECT * FROM profiles",
        "CREATE TEMPORARY VIEW s USING csv OPTIONS (path 'SECRET')",
        "CREATE FUNCTION f AS 'java.lang.String'",
        "DROP VIEW runs",
        "ALTER VIEW runs AS SELECT 1",
        "CACHE TABLE runs",
        "UNCACHE TABLE runs",
        "CLEAR CACHE",
        "REFRESH TABLE runs",
        "SET spark.sql.variable.substitute=true",
        "RESET",
        "DECLARE VARIABLE v INT",
        "SET VAR v = 1",
        "ADD JAR TMP/x.jar",
        "ADD FILE SECRET",
        "LIST FILES",
        "USE other",
        "CREATE DATABASE d LOCATION 'TMP/written'",
        "EXECUTE IMMEDIATE 'SELECT 1'",
        "BEGIN SELECT 1; END",
        "SELECT TRANSFORM(run_id) USING 'cat' AS (x) FROM runs",
        "EXPLAIN INSERT OVERWRITE DIRECTORY 'TMP/written' USING parquet SELECT * FROM profiles",
        "EXPLAIN SET a = 1",
        "SHOW TABLES IN global_temp",
        "SHOW CREATE TABLE runs",
        "SHOW TBLPROPERTIES runs",
        "SHOW PARTITIONS runs",
        "SELECT * FROM runs VERSION AS OF 1",
        "SELECT * FROM IDENTIFIER('runs')",
    })
    void statementsThatWriteOrChangeTheSessionAreNotAllowed(String statement) {
        assertRejected(statement, "is not allowed");
    }

    @Test
    void aRejectedStatementHasNoEffect() {
        assertRejected("INSERT OVERWRITE DIRECTORY 'TMP/written' USING parquet SELECT * FROM profiles WHERE false", "INSERT INTO DIR is not allowed");
        assertRejected("CREATE OR REPLACE TEMPORARY VIEW profiles AS SELECT * FROM profiles WHERE false", "CREATE VIEW is not allowed");
        assertThatThrownBy(() -> session.run("SELECT 1; DROP VIEW profiles")).isInstanceOf(SqlSession.StatementFailure.class)
                .hasMessageContaining("PARSE_SYNTAX_ERROR");
        assertThat(tmp.resolve("written")).doesNotExist();
        assertThat(session.run("SELECT count(*) FROM profiles").rows().get(0).getLong(0)).isEqualTo(63);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM csv.`SECRET`",
        "SELECT * FROM `csv`.`SECRET`",
        "SELECT * FROM CSV.`SECRET`",
        "SELECT * FROM parquet.`RESULTS/runs`",
        "SELECT * FROM text.`/etc/hostname`",
        "SELECT * FROM global_temp.x",
        "SELECT * FROM spark_catalog.default.runs",
        "SELECT * FROM runs WHERE run_id IN (SELECT _c0 FROM csv.`SECRET`)",
        "SELECT * FROM runs WHERE EXISTS (SELECT 1 FROM csv.`SECRET`)",
        "SELECT (SELECT max(_c0) FROM csv.`SECRET`)",
        "SELECT * FROM runs r, LATERAL (SELECT * FROM csv.`SECRET`)",
        "WITH runs AS (SELECT * FROM csv.`SECRET`) SELECT * FROM runs",
        "WITH a AS (SELECT 1) SELECT * FROM a JOIN csv.`SECRET`",
        "WITH a AS (SELECT 1) SELECT * FROM b",
        "SELECT * FROM (WITH secret AS (SELECT 1) SELECT * FROM secret) JOIN secret",
        "DESCRIBE csv.`SECRET`",
        "DESCRIBE TABLE EXTENDED csv.`SECRET`",
        "DESCRIBE QUERY SELECT * FROM csv.`SECRET`",
        "EXPLAIN SELECT * FROM csv.`SECRET`",
        "SHOW COLUMNS IN csv.`SECRET`",
        "SELECT * FROM `runſ`",
    })
    void relationsOtherThanTheViewsAreNotAllowed(String statement) {
        assertRejected(statement, "is not allowed: sql reads only the results' views");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM read_files('SECRET')",
        "SELECT * FROM python_worker_logs()",
        "SELECT * FROM json_tuple('{}', 'a')",
    })
    void tableFunctionsThatReadAreNotAllowed(String statement) {
        assertRejected(statement, "is not allowed: queries read the results' views; the table functions allowed are");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT reflect('java.lang.System', 'getProperty', 'user.home')",
        "SELECT java_method('java.lang.System', 'getProperty', 'user.home')",
        "SELECT try_reflect('java.lang.System', 'getProperty', 'user.home')",
        "SELECT ReFlEcT('java.lang.System', 'getProperty', 'user.home')",
        "SELECT `reflect`('java.lang.System', 'getProperty', 'user.home')",
        "SELECT system.builtin.reflect('java.lang.System', 'getProperty', 'user.home')",
        "SELECT * FROM runs WHERE seed = (SELECT length(reflect('java.lang.System', 'getProperty', 'user.home')))",
        "SELECT * FROM runs LATERAL VIEW explode(array(reflect('java.lang.System', 'getProperty', 'user.home'))) t AS v",
        "SELECT transform(array(1), x -> reflect('java.lang.System', 'getProperty', 'user.home'))",
        "SELECT from_protobuf(x'00', 'M', 'SECRET')",
    })
    void functionsThatRunJavaOrReadFilesAreNotAllowed(String statement) {
        assertRejected(statement, "is not allowed: it runs Java code or reads a file named in the query");
    }

    @Test
    void tableOptionsAreNotAllowed() {
        assertRejected("SELECT * FROM runs WITH ('path' = 'SECRET')", "table options (WITH (...) after runs) are not allowed");
    }

    @Test
    void identifierClausesAreNotAllowed() {
        assertRejected("SELECT IDENTIFIER('reflect')('java.lang.System', 'getProperty', 'user.home')", "IDENTIFIER(...) is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT mixing, sigma, n, round(mean, 4) AS mean FROM aggregates WHERE at_p_train ORDER BY mixing, sigma",
        "SELECT mixing, min_by(sigma, mean) AS best_sigma, min_by(ci95_high, mean) < 1D / 12 AS beats_naive FROM aggregates"
                + " WHERE at_p_train GROUP BY mixing",
        "SELECT c.step, c.loss FROM curves c JOIN runs r USING (run_id) WHERE r.seed = 0 AND c.step % 10 = 0",
        "SELECT s.p_eval, s.mean FROM aggregates s JOIN aggregates c ON s.p_eval = c.p_eval WHERE c.mixing = 'clean'",
        "WITH best AS (SELECT mixing, min(mean) AS m FROM aggregates GROUP BY mixing) SELECT * FROM best ORDER BY m",
        "WITH runs AS (SELECT * FROM runs WHERE seed = 0) SELECT count(*) FROM runs",
        "WITH a AS (SELECT 1 AS x), b AS (SELECT * FROM a) SELECT * FROM b",
        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t",
        "SELECT run_id, avg(p.loss_per_feature) OVER (PARTITION BY mixing) FROM runs r JOIN profiles p USING (run_id)",
        "SELECT * FROM runs WHERE run_id IN (SELECT run_id FROM profiles WHERE loss_per_feature > 0.1)",
        "SELECT * FROM runs r WHERE EXISTS (SELECT 1 FROM weights w WHERE w.run_id = r.run_id)",
        "SELECT r.run_id, v FROM runs r LATERAL VIEW explode(array(1, 2)) t AS v",
        "SELECT * FROM range(3) AS t(x)",
        "SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(x, y)",
        "TABLE runs",
        "FROM runs |> WHERE seed = 0 |> AGGREGATE count(*) AS n GROUP BY mixing",
        "SELECT t_quantile(0.975, 2), input_file_name() FROM runs LIMIT 1",
        "SELECT /*+ BROADCAST(r) */ count(*) FROM runs r -- ; DROP VIEW runs",
        "SELECT '${env:HOME}', \"; DROP VIEW runs\"",
        "SELECT mixing, count(*) FROM runs GROUP BY ROLLUP(mixing) HAVING count(*) > 1 ORDER BY 1 LIMIT 3 OFFSET 1",
        "DESCRIBE runs",
        "DESCRIBE TABLE EXTENDED profiles",
        "DESCRIBE runs run_id",
        "DESCRIBE FUNCTION reflect",
        "DESCRIBE QUERY SELECT * FROM aggregates",
        "EXPLAIN SELECT * FROM runs JOIN profiles USING (run_id)",
        "EXPLAIN FORMATTED SELECT * FROM aggregates",
        "SHOW TABLES",
        "SHOW VIEWS",
        "SHOW COLUMNS IN runs",
        "SHOW FUNCTIONS LIKE 't*'",
    })
    void queriesOverTheViewsPassBothChecks(String statement) throws Exception {
        SparkSession spark = TestSpark.session();
        ReadOnlyCheck check = new ReadOnlyCheck(Views.names(), List.of(results.toUri()));
        if (check.check(spark, statement)) {
            check.checkAnalyzed(spark.sql(statement).queryExecution().analyzed());
        }
    }

    @Test
    void variablesInAStatementStayTextAndNeverReadTheEnvironment() {
        SqlSession.Result result = session.run("SELECT '${env:HOME}' AS home, '${system:user.home}' AS user_home");
        assertThat(result.rows().get(0).getString(0)).isEqualTo("${env:HOME}");
        assertThat(result.rows().get(0).getString(1)).isEqualTo("${system:user.home}");
    }

    /** The second check, on what Spark resolved: files outside the results and Java calls are refused there too. */
    @Test
    void theAnalysedPlanMayReadOnlyTheResultsFilesAndCallNoJava() {
        SparkSession spark = TestSpark.session();
        ReadOnlyCheck check = new ReadOnlyCheck(Views.names(), List.of(results.toUri()));
        check.checkAnalyzed(spark.sql("SELECT * FROM runs JOIN profiles USING (run_id)").queryExecution().analyzed());
        assertThatThrownBy(() -> check.checkAnalyzed(spark.read().csv(secret.toString()).queryExecution().analyzed()))
                .isInstanceOf(RejectedStatementException.class)
                .hasMessage("reading " + secret.toUri().toString().replace("file:///", "file:/") + " is not allowed: it is outside the results directory");
        assertThatThrownBy(() -> check.checkAnalyzed(spark.sql("SELECT java_method('java.lang.Math', 'abs', -1)")
                .queryExecution().analyzed()))
                .isInstanceOf(RejectedStatementException.class).hasMessageContaining("calling Java methods");
    }

    private static void assertRejected(String statement, String message) {
        String sql = statement.replace("TMP", tmp.toString()).replace("SECRET", secret.toString()).replace("RESULTS", results.toString());
        assertThatThrownBy(() -> session.run(sql)).as(sql).isInstanceOf(SqlSession.StatementFailure.class)
                .hasCauseInstanceOf(RejectedStatementException.class).hasMessageContaining(message);
    }
}
