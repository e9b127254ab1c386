package org.ccsweep.jobs.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Main} in process and captures what it prints; its standard input is empty, or the text given. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        return withInput("", args);
    }

    static Cli withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true),
                new PrintStream(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}
