package org.ccsweep.jobs.tables;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

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
        return new ResultsException(where + ": " + doing + ": " + why(reason), cause);
    }

    /**
     * What went wrong, on one line. Java's file exceptions carry the path as their message and the
     * operating system's reason apart (null when it gave none): then their kind says it.
     */
    private static String why(Throwable reason) {
        if (reason instanceof FileSystemException e) {
            return e.getReason() != null ? e.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or directory, and the file system does not let one be created"
                    : e instanceof FileAlreadyExistsException ? "a file is in the way"
                    : e.getClass().getSimpleName();
        }
        return String.valueOf(reason.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
