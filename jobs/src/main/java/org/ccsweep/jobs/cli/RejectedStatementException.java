package org.ccsweep.jobs.cli;

/** A statement that {@code sql} does not run: it would write, change the session or read outside the results. */
final class RejectedStatementException extends RuntimeException {
    RejectedStatementException(String message) {
        super(message);
    }
}
