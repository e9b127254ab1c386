package org.ccsweep.jobs.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.net.URI;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under the scheme {@code full:}, on a disk that is full: files can be created,
 * and every write fails as Hadoop's local file system reports ENOSPC, an {@link FSError} wrapping
 * "No space left on device". Register it with {@code fs.full.impl}.
 */
public final class FullDiskFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "full";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
            Progressable progress) throws IOException {
        return full(super.create(f, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize, short replication,
            long blockSize, Progressable progress) throws IOException {
        return full(super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    private static FSDataOutputStream full(FSDataOutputStream file) throws IOException {
        file.close();
        return new FSDataOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                throw noSpace();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw noSpace();
            }
        }, null);
    }

    /** What RawLocalFileSystem's stream throws on ENOSPC; FSError's constructor is package-private. */
    private static FSError noSpace() {
        try {
            Constructor<FSError> error = FSError.class.getDeclaredConstructor(Throwable.class);
            error.setAccessible(true);
            return error.newInstance(new IOException("No space left on device"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FSError(Throwable) is gone from Hadoop", e);
        }
    }
}
