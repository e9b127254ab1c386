package org.ccsweep.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ccsweep.jobs.tables.Table;

/**
 * The check every reading command makes before starting Spark: the path is a sweep's output
 * directory, recognised by its runs table (other tables an older output lacks read as empty).
 */
final class ResultsDir {
    private ResultsDir() {
    }

    /** Why {@code results} cannot be read, on one line naming it; empty when it can. */
    static Optional<String> problem(Path results) {
        if (!Files.isDirectory(results)) {
            return Optional.of(results + ": no such results directory");
        }
        if (!Files.isDirectory(results.resolve(Table.RUNS.tableName()))) {
            return Optional.of(results + " is not a results directory (no " + Table.RUNS.tableName() + "/ in it)");
        }
        return Optional.empty();
    }
}
