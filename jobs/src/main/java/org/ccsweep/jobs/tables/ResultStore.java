package org.ccsweep.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * The output directory of a sweep: {@code OUTPUT/<table>/part-<chunk>.parquet}, written by the driver
 * through Hadoop's {@code FileSystem}, so OUTPUT may be any Hadoop URI ({@code file:}, {@code hdfs:},
 * {@code s3a:} where the connector is on the class path).
 *
 * <p>Commit protocol, so that a kill at any instant leaves no duplicate and no half chunk visible: a
 * chunk's files are written into {@code OUTPUT/_staging/part-<chunk>/} (Spark ignores paths that
 * start with {@code _}), then renamed into their tables, the {@code runs} file last. A chunk is
 * committed exactly when its runs file exists. {@link #open} deletes staging leftovers and every
 * part file whose chunk has no runs file. A rename of one file is atomic on local disks and HDFS; on
 * S3 each part file is one object, which appears whole or not at all.
 *
 * <p>An open store on a local output holds an OS lock on {@code OUTPUT/_lock} until closed (or its
 * process dies), so two sweeps never write (or clean) one output at once. Other file systems have no
 * such lock that a killed driver releases: there, {@link #locked()} is false and one output must
 * have one sweep at a time.
 */
public final class ResultStore implements AutoCloseable {
    private static final Pattern PART = Pattern.compile("part-(\\d+)\\.parquet");
    private static final String STAGING = "_staging";

    private final Path output;
    private final FileSystem fs;
    private final Optional<FileChannel> lockFile;
    private long nextChunk;

    private ResultStore(Path output, FileSystem fs, Optional<FileChannel> lockFile) {
        this.output = output;
        this.fs = fs;
        this.lockFile = lockFile;
    }

    /**
     * Creates the output and its table directories as needed, locks it (local outputs), and cleans
     * what an interrupted sweep left.
     *
     * @param hadoop the Hadoop configuration of the file system (Spark's, with its spark.hadoop.* keys)
     * @throws OutputInUseException when another open store holds the output's lock
     */
    public static ResultStore open(URI output, Configuration hadoop) {
        Path root = new Path(output);
        ResultStore store;
        try {
            FileSystem fs = root.getFileSystem(hadoop);
            fs.mkdirs(root);
            store = new ResultStore(root, fs, lock(output));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output directory " + output, e);
        }
        try {
            for (Table table : Table.values()) {
                store.fs.mkdirs(store.dir(table));
            }
            store.fs.delete(new Path(root, STAGING), true);
            Set<Long> committed = store.chunks(Table.RUNS);
            for (Table table : Table.values()) {
                for (long chunk : store.chunks(table)) {
                    if (!committed.contains(chunk)) {
                        store.fs.delete(store.part(table, chunk), false);
                    }
                }
            }
            store.nextChunk = committed.stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot prepare the output directory " + output, io)
                    : (RuntimeException) e;
        }
        return store;
    }

    private static Optional<FileChannel> lock(URI output) throws IOException {
        Optional<java.nio.file.Path> local = Locations.localPath(output);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        java.nio.file.Path lockPath = local.get().resolve("_lock");
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new OutputInUseException(output + " is in use by another running sweep (it holds " + lockPath + ")");
        }
        return Optional.of(channel);
    }

    public Path dir(Table table) {
        return new Path(output, table.tableName());
    }

    /** Whether this store holds a lock that keeps a second sweep off its output (local outputs only). */
    public boolean locked() {
        return lockFile.isPresent();
    }

    /** Releases the output's lock. The file system is Hadoop's shared instance, and stays open. */
    @Override
    public void close() {
        try {
            if (lockFile.isPresent()) {
                lockFile.get().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + output, e);
        }
    }

    /** The ids of the runs already committed, failed ones included. */
    public Set<String> committedRunIds() {
        return committedIds(Table.RUNS, "run_id");
    }

    /** The ids of the baseline tasks already committed, failed ones included. */
    public Set<String> committedBaselineIds() {
        return committedIds(Table.BASELINES, "baseline_id");
    }

    /**
     * The committed runs' L/p at p_train (column {@code loss_per_feature}) by run id; a failed run maps
     * to null. Read from the Parquet files directly: the sweep's summary needs no Spark SQL session.
     */
    public Map<String, Double> committedRunLosses() {
        Map<String, Double> losses = new HashMap<>();
        forEachRow(Table.RUNS, r -> losses.put(r.get("run_id").toString(), (Double) r.get("loss_per_feature")));
        return losses;
    }

    /** The ids of the committed baseline tasks that failed. */
    public Set<String> failedBaselineIds() {
        Set<String> ids = new HashSet<>();
        forEachRow(Table.BASELINES, r -> {
            if ("failed".equals(r.get("status").toString())) {
                ids.add(r.get("baseline_id").toString());
            }
        });
        return ids;
    }

    private Set<String> committedIds(Table table, String column) {
        Set<String> ids = new HashSet<>();
        forEachRow(table, r -> ids.add(r.get(column).toString()));
        return ids;
    }

    private void forEachRow(Table table, Consumer<GenericRecord> action) {
        for (long chunk : chunks(table)) {
            try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
                    HadoopInputFile.fromPath(part(table, chunk), fs.getConf())).build()) {
                for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                    action.accept(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + part(table, chunk), e);
            }
        }
    }

    /** Writes one chunk of run outcomes to every table and commits it; returns the chunk id. */
    public long commit(String sweep, List<RunOutcome> outcomes) {
        return commit(sweep, outcomes, List.of());
    }

    /**
     * Writes one chunk of run and baseline outcomes to the tables it has rows for and commits it (the
     * runs file, written last and always, is the marker even when the chunk holds baselines only);
     * returns the chunk id. A table without rows gets no file: each costs ~20 ms to write, and a
     * chunk of plain runs has rows in 4 of the 15 tables.
     */
    public synchronized long commit(String sweep, List<RunOutcome> outcomes, List<BaselineOutcome> baselines) {
        long chunk = nextChunk++;
        Path staging = new Path(new Path(output, STAGING), partName(chunk).replace(".parquet", ""));
        Map<Table, List<GenericRecord>> rows = Records.of(sweep, outcomes, baselines);
        try {
            fs.mkdirs(staging);
            List<Table> written = Arrays.stream(Table.values())
                    .filter(t -> t == Table.RUNS || !rows.get(t).isEmpty()).toList();
            for (Table table : written) {
                write(table, rows.get(table), new Path(staging, table.tableName() + ".parquet"));
            }
            for (Table table : written) {
                Path from = new Path(staging, table.tableName() + ".parquet");
                if (!fs.rename(from, part(table, chunk))) {
                    throw new IOException("rename " + from + " to " + part(table, chunk) + " failed");
                }
            }
            fs.delete(staging, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit chunk " + chunk + " to " + output, e);
        }
        return chunk;
    }

    private void write(Table table, List<GenericRecord> rows, Path file) throws IOException {
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
                        HadoopOutputFile.fromPath(file, fs.getConf()))
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
        return new Path(dir(table), partName(chunk));
    }

    private static String partName(long chunk) {
        return String.format("part-%06d.parquet", chunk);
    }

    /** The chunk ids of a table's part files. */
    Set<Long> chunks(Table table) {
        Set<Long> chunks = new HashSet<>();
        try {
            for (FileStatus f : fs.listStatus(dir(table))) {
                Matcher m = PART.matcher(f.getPath().getName());
                if (m.matches()) {
                    chunks.add(Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir(table), e);
        }
        return chunks;
    }
}
