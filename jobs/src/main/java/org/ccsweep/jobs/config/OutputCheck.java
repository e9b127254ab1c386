package org.ccsweep.jobs.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.ccsweep.jobs.tables.Locations;

/**
 * Checks, without writing anything, that the output is a valid location and, when it is local, that
 * it exists or can be created and is writable. A remote output (hdfs:, s3a:, ...) is checked when
 * the driver opens it, with the cluster's Hadoop configuration.
 */
final class OutputCheck {
    private OutputCheck() {
    }

    static URI check(Fields f, String key, String output) {
        URI uri;
        try {
            uri = Locations.of(output);
        } catch (InvalidPathException e) {
            throw f.error(key, "\"" + output + "\" is not a valid path (" + e.getReason() + ")");
        } catch (IllegalArgumentException e) {
            throw f.error(key, e.getMessage());
        }
        Optional<Path> local = Locations.localPath(uri);
        if (local.isEmpty()) {
            return uri;
        }
        Path existing = local.get();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw f.error(key, "\"" + output + "\" has no existing ancestor directory");
        }
        if (!Files.isDirectory(existing)) {
            throw f.error(key, "\"" + output + "\" is not a writable directory: " + existing + " is a file");
        }
        if (!Files.isWritable(existing)) {
            throw f.error(key, "\"" + output + "\" is not a writable directory: " + existing + " is not writable");
        }
        return uri;
    }
}
