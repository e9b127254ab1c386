package org.ccsweep.jobs.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.ccsweep.jobs.tables.Locations;

/**
 * Checks, without writing anything, that the output is a valid location and, when it is local, that
 * no name in its path is longer than file systems allow and that it exists or can be created and is
 * writable. A remote output (hdfs:, s3a:, ...) is checked when the driver opens it, with the
 * cluster's Hadoop configuration.
 */
final class OutputCheck {
    /** The longest file name, in bytes, of Linux's and macOS's file systems (ext4, xfs, btrfs, tmpfs, APFS). */
    static final int NAME_MAX = 255;

    private OutputCheck() {
    }

    private static String abbreviate(String name) {
        return name.length() <= 24 ? name : name.substring(0, 12) + "…" + name.substring(name.length() - 8);
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
        for (Path name : local.get()) {
            int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAME_MAX) {
                throw f.error(key, "\"" + output + "\" has a name of " + bytes + " bytes (" + abbreviate(name.toString())
                        + "); file systems allow at most " + NAME_MAX + " bytes per name (a shorter sweep.name or sweep.output)");
            }
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
