package org.ccsweep.jobs.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at the semicolons outside string literals ('...', "...", with
 * backslash escapes), quoted identifiers (`...`) and comments (-- to the end of the line, and
 * nested /* ... *&#47;), as Spark's lexer reads them. Only the split is decided here: each statement is
 * then parsed, and checked, by Spark on its own, so a text that fools the split yields statements
 * that fail to parse, never one that escapes the check.
 */
final class Statements {
    /**
     * A statement and the line of its first character.
     *
     * @param line 1-based, in the text the split was given
     */
    record Statement(String text, int line) {
    }

    /**
     * @param complete the statements ended by a semicolon, blank and comment-only ones dropped
     * @param rest     the text after the last of them; a statement not yet ended when it holds more than
     *                 blanks and comments ({@link #pending})
     * @param open     the rest is a statement not yet ended, or ends inside a comment or quotes: more
     *                 text continues it
     */
    record Split(List<Statement> complete, String rest, int restLine, boolean pending, boolean open) {
        /** The complete statements and, when the rest is one, the rest as a last statement. */
        List<Statement> all() {
            List<Statement> all = new ArrayList<>(complete);
            if (pending) {
                all.add(new Statement(rest.strip(), restLine));
            }
            return all;
        }
    }

    private Statements() {
    }

    static Split split(String text) {
        List<Statement> statements = new ArrayList<>();
        int start = 0;
        int line = 1;
        int startLine = 1;
        boolean significant = false;
        boolean unterminated = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '-' && text.startsWith("--", i)) {
                i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i);
            } else if (c == '/' && text.startsWith("/*", i)) {
                int depth = 0;
                do {
                    if (text.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (text.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        line += text.charAt(i) == '\n' ? 1 : 0;
                        i++;
                    }
                } while (depth > 0 && i < text.length());
                unterminated = depth > 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                if (!significant) {
                    significant = true;
                    startLine = line;
                }
                i++;
                while (i < text.length() && text.charAt(i) != c) {
                    if (text.charAt(i) == '\\' && c != '`' && i + 1 < text.length()) {
                        i++;
                    }
                    line += text.charAt(i) == '\n' ? 1 : 0;
                    i++;
                }
                unterminated = i >= text.length();
                i++;
            } else if (c == ';') {
                if (significant) {
                    statements.add(new Statement(text.substring(start, i).strip(), startLine));
                }
                significant = false;
                start = ++i;
            } else {
                if (!significant && !Character.isWhitespace(c)) {
                    significant = true;
                    startLine = line;
                }
                i++;
            }
        }
        String rest = text.substring(Math.min(start, text.length()));
        return new Split(statements, rest, startLine, significant, significant || unterminated);
    }
}
