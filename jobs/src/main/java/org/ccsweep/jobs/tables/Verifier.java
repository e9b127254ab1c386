package org.ccsweep.jobs.tables;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Checks the committed chunks of an output against their markers, reading nothing else.
 *
 * <p>Every file a marker lists must exist with its recorded length and, when checksums are asked
 * for, its recorded CRC32C (which reads every byte). A chunk written before markers existed has no
 * record to check against: with checksums, each of its files must at least open as Parquet (its
 * footer read); otherwise it passes unchecked.
 */
public final class Verifier {
    private Verifier() {
    }

    /** The damage of the committed chunks; empty when every chunk is as its marker says. */
    public static List<Damage> check(Chunks chunks, boolean checksums) {
        List<Damage> damage = new ArrayList<>();
        for (Chunks.Chunk chunk : chunks.committed()) {
            if (chunk.unreadable().isPresent()) {
                damage.add(new Damage(chunk, Chunks.COMMITS + "/" + Chunks.markerName(chunk.id()),
                        "is not a readable marker: " + chunk.unreadable().get()));
            } else if (chunk.marker().isPresent()) {
                for (ChunkMarker.PartFile file : chunk.marker().get().files()) {
                    problem(chunks, file, checksums).ifPresent(p -> damage.add(new Damage(chunk, file.path(), p)));
                }
            } else if (checksums) {
                for (String file : chunk.files()) {
                    unreadableParquet(chunks, file).ifPresent(p -> damage.add(new Damage(chunk, file, p)));
                }
            }
        }
        return damage;
    }

    private static Optional<String> problem(Chunks chunks, ChunkMarker.PartFile file, boolean checksums) {
        Optional<FileStatus> status = chunks.status(file.path());
        if (status.isEmpty()) {
            return Optional.of("is missing");
        }
        if (status.get().getLen() != file.bytes()) {
            return Optional.of("has " + status.get().getLen() + " bytes, its marker says " + file.bytes());
        }
        if (!checksums) {
            return Optional.empty();
        }
        try {
            String crc = crc32c(chunks.fs(), chunks.path(file.path()));
            return crc.equals(file.crc32c()) ? Optional.empty()
                    : Optional.of("is corrupt: its CRC32C is " + crc + ", its marker says " + file.crc32c());
        } catch (IOException e) {
            return Optional.of("cannot be read: " + oneLine(e));
        }
    }

    private static Optional<String> unreadableParquet(Chunks chunks, String file) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(chunks.path(file), chunks.fs().getConf()))) {
            reader.getRecordCount();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("is not a readable Parquet file: " + oneLine(e));
        }
    }

    /**
     * The CRC32C of a file's bytes, as 8 lower-case hex digits. Read past Hadoop's own checksums (the local file
     * system's {@code .<name>.crc} side files), so that a file changed in place is told by this sum, as any other.
     */
    static String crc32c(FileSystem fs, Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        FileSystem bytes = fs instanceof ChecksumFileSystem checked ? checked.getRawFileSystem() : fs;
        try (InputStream in = bytes.open(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return String.format("%08x", crc.getValue());
    }

    private static String oneLine(Exception e) {
        return String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
