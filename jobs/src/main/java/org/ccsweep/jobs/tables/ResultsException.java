package org.ccsweep.jobs.tables;

/**
 * A fault of a results directory that the user has to act on: it cannot be created, reached, written
 * or read, or a file in it is damaged. The message is one line that names the path and what went
 * wrong; the CLI prints it and exits 2.
 */
public class ResultsException extends RuntimeException {
    public ResultsException(String message) {
        super(message);
    }

    public ResultsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The fault of an I/O operation on {@code where}: "where: what happened", the cause's message on
     * one line. Hadoop's local file system reports a failed write (a full disk) as an {@code FSError}
     * wrapping the IOException; the IOException's message is the one given.
     */
    public static ResultsException of(Object where, String doing, Throwable cause) {
        Throwable reason = cause instanceof org.apache.hadoop.fs.FSError && cause.getCause() != null ? cause.getCause() : cause;
        String message = String.valueOf(reason.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
        return new ResultsException(where + ": " + doing + ": " + message, cause);
    }
}
