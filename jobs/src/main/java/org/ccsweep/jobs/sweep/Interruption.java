package org.ccsweep.jobs.sweep;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.ccsweep.jobs.config.SweepSpec;

/**
 * What a sweep stopped by Ctrl-C or SIGTERM says as the JVM shuts down: how many of its runs are committed
 * (those of earlier attempts and this one's, counted when their commit completed) and that the same
 * command trains the rest. Watching from the start of training until {@link #close()}; a sweep that ends on
 * its own says nothing here.
 */
final class Interruption implements AutoCloseable {
    private final AtomicLong committed;
    private final Thread hook;

    private Interruption(PrintStream log, SweepSpec sweep, int runs, long alreadyCommitted) {
        this.committed = new AtomicLong(alreadyCommitted);
        this.hook = new Thread(() -> log.printf("[ccsweep] interrupted: at least %d of the %d runs of sweep %s are "
                + "committed in %s; running the same command again trains the rest%n", committed.get(), runs,
                sweep.name(), sweep.output()), "ccsweep-interruption");
    }

    static Interruption watch(PrintStream log, SweepSpec sweep, int runs, long alreadyCommitted) {
        Interruption interruption = new Interruption(log, sweep, runs, alreadyCommitted);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** Counts runs whose commit has completed. */
    void committed(int count) {
        committed.addAndGet(count);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down: the hook has run or is running, and says its line.
        }
    }
}
