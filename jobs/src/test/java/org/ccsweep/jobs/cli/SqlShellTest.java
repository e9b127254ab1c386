package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.ccsweep.jobs.testing.TestSpark;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sql's scripts (-f, several statements, standard input), its output formats and its interactive shell. */
class SqlShellTest {
    static final String BY_MIXING = "SELECT mixing, count(*) AS runs FROM runs GROUP BY mixing ORDER BY mixing";

    @TempDir
    static Path tmp;
    static String results;

    @BeforeAll
    static void write() {
        SyntheticResults.write(tmp.resolve("results"));
        results = tmp.resolve("results").toString();
    }

    @Test
    void aScriptFileRunsItsStatementsInOrderAndStopsAtTheFirstFailureNamingItsLine() throws Exception {
        Path script = Files.writeString(tmp.resolve("ok.sql"), "-- runs per kind\n" + BY_MIXING + ";\n\nSELECT count(*) AS n\n  FROM profiles;\n");
        Cli ok = Cli.run("sql", results, "-f", script.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo(lines("mixing,runs", "asymmetric,6", "clean,3", "symmetric,12", "", "n", "63"));

        Path failing = Files.writeString(tmp.resolve("bad.sql"), "SELECT 1 AS one;\n\nSELECT nope\n  FROM runs;\nSELECT 2;\n");
        Cli bad = Cli.run("sql", results, "-f", failing.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).isEqualTo(lines("one", "1"));
        assertThat(bad.err()).startsWith("ccsweep sql: " + failing + ":3: [UNRESOLVED_COLUMN");
        assertThat(bad.err().strip()).doesNotContain("\n");
    }

    @Test
    void statementsOnTheCommandLineRunUntilOneIsNotAllowed() {
        Cli cli = Cli.run("sql", results, "SELECT 1 AS one; DROP VIEW runs; SELECT 2");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEqualTo(lines("one", "1"));
        assertThat(cli.err()).startsWith("ccsweep sql: statement 2: DROP VIEW is not allowed: sql is read-only");
    }

    @Test
    void withoutStatementsAndWithoutATerminalStandardInputIsTheScript() {
        Cli cli = Cli.withInput("SELECT 1 AS one;\nSELECT 'a;b' AS two", "sql", results);
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo(lines("one", "1", "", "two", "a;b"));
        Cli bad = Cli.withInput("\nSELECT nope FROM runs;", "sql", results);
        assertThat(bad.err()).startsWith("ccsweep sql: <stdin>:2: [UNRESOLVED_COLUMN");
    }

    @Test
    void tableFormatAlignsColumnsAndRightAlignsNumbers() {
        Cli cli = Cli.run("sql", results, "--format", "table", BY_MIXING);
        assertThat(cli.out()).isEqualTo(lines("mixing      runs", "----------  ----", "asymmetric     6", "clean          3",
                "symmetric     12"));
    }

    @Test
    void jsonFormatPrintsOneObjectPerRow() {
        Cli cli = Cli.run("sql", results, "--format=json", "SELECT 'a\"b' AS s, 1.5 AS d, CAST(NULL AS INT) AS n, array(1, 2) AS xs,"
                + " named_struct('k', true) AS st, CAST('NaN' AS DOUBLE) AS nan, 0.25D AS q UNION ALL SELECT 'c', 2, 3, array(), null, 1, 1e-4");
        assertThat(cli.out()).isEqualTo(lines("{\"s\":\"a\\\"b\",\"d\":1.5,\"n\":null,\"xs\":[1,2],\"st\":{\"k\":true},\"nan\":\"NaN\",\"q\":0.25}",
                "{\"s\":\"c\",\"d\":2.0,\"n\":3,\"xs\":[],\"st\":null,\"nan\":1.0,\"q\":1.0E-4}"));
    }

    /** The shell on a terminal: multi-line statements, an error that does not end it, "!" as text, the history kept. */
    @Test
    void theInteractiveShellRunsStatementsAsTheyEndAndKeepsAHistory() throws Exception {
        String typed = "SELECT mixing,\n  count(*) AS runs FROM runs\n  GROUP BY mixing ORDER BY mixing;\nSELECT nope FROM runs;\n"
                + "SELECT 1 != 2 AS ne; -- the end\nquit\nSELECT 'after quit';\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path history = tmp.resolve("history");
        SqlSession session = new SqlSession(TestSpark.session(), tmp.resolve("results").toUri());
        try (Terminal terminal = new DumbTerminal(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen)) {
            new SqlShell(session, OutputFormat.TABLE, new PrintStream(out, true), new PrintStream(err, true))
                    .interactive(SqlShell.reader(terminal, history));
        }
        assertThat(out.toString()).contains(lines("mixing      runs", "----------  ----", "asymmetric     6", "clean          3",
                "symmetric     12") + "(3 rows, ").contains(lines("ne", "----", "true") + "(1 row, ").doesNotContain("after quit");
        assertThat(err.toString()).startsWith("error: [UNRESOLVED_COLUMN");
        assertThat(screen.toString()).contains(SqlShell.PROMPT, SqlShell.MORE);
        assertThat(Files.readString(history)).contains(":SELECT mixing,", ":count(*) AS runs FROM runs", ":SELECT nope FROM runs;",
                "SELECT 1 != 2 AS ne; -- the end");
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
