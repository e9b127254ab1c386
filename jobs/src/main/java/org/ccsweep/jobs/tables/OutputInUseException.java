package org.ccsweep.jobs.tables;

/** Another running sweep holds the output directory; the CLI exits 2 with this one-line message. */
public final class OutputInUseException extends RuntimeException {
    public OutputInUseException(String message) {
        super(message);
    }
}
