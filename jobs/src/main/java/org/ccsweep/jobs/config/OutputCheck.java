package org.ccsweep.jobs.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks, without writing anything, that the output directory exists or can be created, and is writable. */
final class OutputCheck {
    private OutputCheck() {
    }

    static Path check(Fields f, String key, String output) {
        Path path;
        try {
            path = Path.of(output).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw f.error(key, "\"" + output + "\" is not a valid path (" + e.getReason() + ")");
        }
        Path existing = path;
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
        return Path.of(output);
    }
}
