package org.ccsweep.jobs.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.ResultsException;
import org.ccsweep.jobs.tables.Table;

/**
 * The check every reading command makes: the location (a Hadoop URI) is a sweep's output directory,
 * recognised by its runs table (other tables an older output lacks read as empty).
 */
final class ResultsDir {
    private ResultsDir() {
    }

    /** Why {@code location} cannot be read, on one line naming it (a local one by its path); empty when it can. */
    static Optional<String> problem(URI location, Configuration hadoop) {
        String results = Locations.display(location);
        Path root = new Path(location);
        try {
            FileSystem fs = ResultStore.fileSystem(root, hadoop, results);
            if (!fs.getFileStatus(root).isDirectory()) {
                return Optional.of(results + ": no such results directory");
            }
            if (!fs.exists(new Path(root, Table.RUNS.tableName()))) {
                return Optional.of(results + " is not a results directory (no " + Table.RUNS.tableName() + "/ in it)");
            }
            return Optional.empty();
        } catch (FileNotFoundException e) {
            return Optional.of(results + ": no such results directory");
        } catch (IOException e) {
            return Optional.of(results + ": " + e.getMessage());
        } catch (ResultsException e) {
            return Optional.of(e.getMessage());
        }
    }
}
