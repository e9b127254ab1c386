package org.ccsweep.jobs.tables;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an output lives, as a Hadoop file system URI. A path without a scheme is local, relative to
 * the working directory (whatever the cluster's fs.defaultFS), so {@code results/x} means the same
 * embedded and under spark-submit; {@code file:}, {@code hdfs:}, {@code s3a:} and every other scheme
 * are taken as they are and reached through Hadoop's {@code FileSystem}.
 */
public final class Locations {
    private Locations() {
    }

    /** @throws IllegalArgumentException when the text is neither a local path nor an absolute URI */
    public static URI of(String pathOrUri) {
        if (pathOrUri.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            URI uri;
            try {
                uri = new URI(pathOrUri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("\"" + pathOrUri + "\" is not a valid URI (" + e.getReason() + ")", e);
            }
            if (uri.getPath() == null || uri.getPath().isEmpty()) {
                throw new IllegalArgumentException("\"" + pathOrUri + "\" has no path");
            }
            if ("file".equals(uri.getScheme())) {
                if (uri.getAuthority() != null || !uri.getPath().startsWith("/")) {
                    throw new IllegalArgumentException("\"" + pathOrUri + "\" is not a local file URI (file:/absolute/path)");
                }
                return local(Path.of(uri));
            }
            return uri;
        }
        return local(Path.of(pathOrUri));
    }

    /** The {@code file:} URI of a local path, made absolute against the working directory. */
    public static URI local(Path path) {
        try {
            return new URI("file", null, path.toAbsolutePath().normalize().toString(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path + " has no file URI", e);
        }
    }

    /** How a message names a location: a local one by its path, any other by its URI. */
    public static String display(URI uri) {
        return localPath(uri).map(String::valueOf).orElse(uri.toString());
    }

    /** The local path of a {@code file:} URI; empty for any other scheme. */
    public static Optional<Path> localPath(URI uri) {
        return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    }
}
