package org.ccsweep.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.ccsweep.model.baselines.BaselineResult;

/**
 * The output directory of a sweep: {@code OUTPUT/<table>/part-<chunk>.parquet}, written by the driver.
 *
 * <p>Commit protocol, so that a kill at any instant leaves no duplicate and no half chunk visible: a
 * chunk's files are written into {@code OUTPUT/_staging/part-<chunk>/} (Spark ignores paths that
 * start with {@code _}), then renamed into their tables, the {@code runs} file last. A chunk is
 * committed exactly when its runs file exists. {@link #open} deletes staging leftovers and every
 * part file whose chunk has no runs file.
 *
 * <p>An open store holds a lock on {@code OUTPUT/_lock} until closed, so two sweeps never write
 * (or clean) one output at once.
 */
public final class ResultStore implements AutoCloseable {
    private static final Pattern PART = Pattern.compile("part-(\\d+)\\.parquet");
    private static final String STAGING = "_staging";

    private final Path output;
    private final FileChannel lockFile;
    private long nextChunk;

    private ResultStore(Path output, FileChannel lockFile) {
        this.output = output;
        this.lockFile = lockFile;
    }

    /**
     * Creates the output and its table directories as needed, locks it, and cleans what an
     * interrupted sweep left.
     *
     * @throws OutputInUseException when another open store holds the output's lock
     */
    public static ResultStore open(Path output) {
        ResultStore store;
        try {
            Files.createDirectories(output);
            FileChannel channel = FileChannel.open(output.resolve("_lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new OutputInUseException(output + " is in use by another running sweep (it holds " + output.resolve("_lock") + ")");
            }
            store = new ResultStore(output, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output directory " + output, e);
        }
        try {
            for (Table table : Table.values()) {
                Files.createDirectories(store.dir(table));
            }
            deleteRecursively(output.resolve(STAGING));
            Set<Long> committed = store.chunks(Table.RUNS);
            for (Table table : Table.values()) {
                for (long chunk : store.chunks(table)) {
                    if (!committed.contains(chunk)) {
                        Files.delete(store.part(table, chunk));
                    }
                }
            }
            store.nextChunk = committed.stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output directory " + output, e);
        }
        return store;
    }

    public Path dir(Table table) {
        return output.resolve(table.tableName());
    }

    /** Releases the output's lock. */
    @Override
    public void close() {
        try {
            lockFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + output, e);
        }
    }

    /** The ids of the runs already committed. */
    public Set<String> committedRunIds() {
        return committedIds(Table.RUNS, "run_id");
    }

    /** The ids of the baseline tasks already committed. */
    public Set<String> committedBaselineIds() {
        return committedIds(Table.BASELINES, "baseline_id");
    }

    private Set<String> committedIds(Table table, String column) {
        Set<String> ids = new HashSet<>();
        for (long chunk : chunks(table)) {
            try (ParquetReader<GenericRecord> reader =
                         AvroParquetReader.<GenericRecord>builder(new LocalInputFile(part(table, chunk))).build()) {
                for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                    ids.add(r.get(column).toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + part(table, chunk), e);
            }
        }
        return ids;
    }

    /** Writes one chunk of run outcomes to every table and commits it; returns the chunk id. */
    public long commit(String sweep, List<RunOutcome> outcomes) {
        return commit(sweep, outcomes, List.of());
    }

    /**
     * Writes one chunk of run outcomes and baseline results to every table and commits it (the runs
     * file is the marker even when the chunk holds baselines only); returns the chunk id.
     */
    public synchronized long commit(String sweep, List<RunOutcome> outcomes, List<BaselineResult> baselines) {
        long chunk = nextChunk++;
        Path staging = output.resolve(STAGING).resolve(partName(chunk).replace(".parquet", ""));
        Map<Table, List<GenericRecord>> rows = Records.of(sweep, outcomes, baselines);
        try {
            Files.createDirectories(staging);
            for (Table table : Table.values()) {
                write(table, rows.get(table), staging.resolve(table.tableName() + ".parquet"));
            }
            for (Table table : Table.values()) {
                Files.move(staging.resolve(table.tableName() + ".parquet"), part(table, chunk), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit chunk " + chunk + " to " + output, e);
        }
        return chunk;
    }

    private static void write(Table table, List<GenericRecord> rows, Path file) throws IOException {
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withSchema(table.schema())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .config(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, "false")
                .build()) {
            for (GenericRecord row : rows) {
                writer.write(row);
            }
        }
    }

    Path part(Table table, long chunk) {
        return dir(table).resolve(partName(chunk));
    }

    private static String partName(long chunk) {
        return String.format("part-%06d.parquet", chunk);
    }

    /** The chunk ids of a table's part files. */
    Set<Long> chunks(Table table) {
        Set<Long> chunks = new HashSet<>();
        try (Stream<Path> files = Files.list(dir(table))) {
            files.forEach(f -> {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches()) {
                    chunks.add(Long.parseLong(m.group(1)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir(table), e);
        }
        return chunks;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
