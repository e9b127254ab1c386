package org.ccsweep.jobs.cli;

/** A command line that does not follow the usage; the CLI prints the message and the usage, and exits 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
