package org.ccsweep.jobs.config;

/**
 * An invalid sweep: a value that is always wrong, a conflict between values, an unknown key or an
 * unusable output path. The message is one line, {@code where: key: value and what is allowed}, and
 * is part of the contract (tests and users read it). The CLI exits with code 2.
 */
public final class SweepConfigException extends RuntimeException {
    public SweepConfigException(String message) {
        super(message.replace('\n', ' '));
    }
}
