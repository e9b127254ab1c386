package org.ccsweep.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The check a command makes, before any work, that it will be able to write a local file or
 * directory ({@code --out}): what exists of the path must have the right kind, and its nearest
 * existing ancestor must be a writable directory. Nothing is created.
 */
final class LocalTarget {
    private LocalTarget() {
    }

    /** Why {@code file} cannot be written as a file, on one line naming it; empty when it can. */
    static Optional<String> fileProblem(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a directory; --out names the file to write");
        }
        return ancestorProblem(file);
    }

    /** Why files cannot be written into the directory {@code dir}, on one line naming it; empty when they can. */
    static Optional<String> directoryProblem(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of(dir + " is a file; --out names the directory to write into");
        }
        if (Files.isDirectory(dir)) {
            return Files.isWritable(dir) ? Optional.empty() : Optional.of(dir + " is not writable");
        }
        return ancestorProblem(dir);
    }

    private static Optional<String> ancestorProblem(Path path) {
        Path existing = path.toAbsolutePath().normalize().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(path + " cannot be created: no part of it exists");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(path + " cannot be created: " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(path + " cannot be created: " + existing + " is not writable");
        }
        return Optional.empty();
    }
}
