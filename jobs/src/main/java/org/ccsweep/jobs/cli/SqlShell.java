package org.ccsweep.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs {@code sql}'s statements and prints their results: a script (the statements given on the
 * command line, a file, or standard input), or an interactive session with a prompt, line editing and
 * a history kept in a file, where a statement ends at its semicolon and may span lines.
 */
final class SqlShell {
    static final String PROMPT = "ccsweep> ";
    static final String MORE = "      -> ";

    private final SqlSession session;
    private final OutputFormat format;
    private final PrintStream out;
    private final PrintStream err;

    SqlShell(SqlSession session, OutputFormat format, PrintStream out, PrintStream err) {
        this.session = session;
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the script's statements in order and prints each result (csv and table results separated by
     * a blank line); stops at the first that fails.
     *
     * @param source the script's name in messages, "FILE:LINE: ..."; null for statements given on the
     *               command line, which messages then number when there are several
     * @return 0, or 2 after printing one line naming the statement and why it failed
     */
    int script(String text, String source) {
        var statements = Statements.split(text).all();
        for (int i = 0; i < statements.size(); i++) {
            Statements.Statement statement = statements.get(i);
            try {
                SqlSession.Result result = session.run(statement.text());
                if (i > 0 && format != OutputFormat.JSON) {
                    out.println();
                }
                format.print(result.schema(), result.rows(), out);
            } catch (SqlSession.StatementFailure e) {
                String where = source != null ? source + ":" + statement.line() + ": "
                        : statements.size() > 1 ? "statement " + (i + 1) + ": " : "";
                err.println("ccsweep sql: " + where + e.getMessage());
                return 2;
            }
        }
        return 0;
    }

    /**
     * The interactive session on the process's terminal, with its history in {@code history}: reads
     * statements until end of input (Ctrl-D), {@code quit} or {@code exit}; a failing statement prints
     * its error and the session goes on. Ctrl-C at the prompt drops the statement being typed, and
     * while a statement runs cancels it.
     */
    void interactive(Path history) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
            interactive(reader(terminal, history));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    /** The session over a line reader ({@link #reader}); its history is saved at the end. */
    void interactive(LineReader reader) {
        out.println("ccsweep sql: statements end with ';'. Views: runs, profiles, curves, weights, aggregates, ... (SHOW TABLES)."
                + " quit or Ctrl-D ends.");
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(pending.isEmpty() ? PROMPT : MORE);
            } catch (UserInterruptException e) {
                pending.setLength(0);
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (pending.isEmpty() && line.strip().toLowerCase(Locale.ROOT).matches("(quit|exit);?")) {
                break;
            }
            pending.append(line).append('\n');
            Statements.Split split = Statements.split(pending.toString());
            for (Statements.Statement statement : split.complete()) {
                long start = System.nanoTime();
                try {
                    SqlSession.Result result = session.run(statement.text());
                    format.print(result.schema(), result.rows(), out);
                    out.printf(Locale.ROOT, "(%d %s, %.3f s)%n", result.rows().size(), result.rows().size() == 1 ? "row" : "rows",
                            (System.nanoTime() - start) / 1e9);
                } catch (SqlSession.StatementFailure e) {
                    err.println("error: " + e.getMessage());
                }
            }
            pending.setLength(0);
            pending.append(split.open() ? split.rest() : "");
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            err.println("ccsweep sql: cannot save the history: " + e.getMessage());
        }
    }

    /**
     * A line reader on the terminal, its history in {@code history}: every line goes there, indented
     * continuation lines too, and "!" is text, not a history reference.
     */
    static LineReader reader(Terminal terminal, Path history) {
        return LineReaderBuilder.builder().terminal(terminal).appName("ccsweep")
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .build();
    }
}
