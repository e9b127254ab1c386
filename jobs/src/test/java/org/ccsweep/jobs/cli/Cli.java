package org.ccsweep.jobs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** Runs {@link Main} in process and captures what it prints. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}
