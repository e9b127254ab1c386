package org.ccsweep.jobs.tables;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetFileReader;
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
 * start with {@code _}), their lengths and CRC32Cs taken, then renamed into their tables ({@code runs}
 * last, as before markers existed), and last its {@link ChunkMarker} is renamed into
 * {@code OUTPUT/_commits/}: a chunk is committed exactly when its marker exists ({@link Chunks}). A
 * rename of one file is atomic on local disks and HDFS; on S3 each file is one object, which appears
 * whole or not at all.
 *
 * <p>{@link #open} verifies every committed file against its marker ({@link Verifier}, checksums
 * included) and removes each damaged chunk so that its runs are computed again, or refuses to touch
 * the output ({@link OnDamage}); it then deletes staging leftovers and every part file no committed
 * chunk holds. An output written before markers existed is adopted once: its chunks (those with a
 * runs part) get markers, flagged {@code adopted}, with the files as found, all renamed into place as
 * one directory. Every fault of the file system is a {@link ResultsException} naming the path.
 *
 * <p>An open store on a local output holds an OS lock on {@code OUTPUT/_lock} until closed (or its
 * process dies), so two sweeps never write (or clean) one output at once. Other file systems have no
 * such lock that a killed driver releases: there, {@link #locked()} is false and one output must
 * have one sweep at a time.
 */
public final class ResultStore implements AutoCloseable {
    private static final String STAGING = "_staging";

    private final Path output;
    private final String name;
    private final FileSystem fs;
    private final Optional<FileChannel> lockFile;
    private long nextChunk;
    private List<Damage> removed = List.of();
    private int adopted;
    private CompletableFuture<Void> warm = CompletableFuture.completedFuture(null);

    private ResultStore(Path output, String name, FileSystem fs, Optional<FileChannel> lockFile) {
        this.output = output;
        this.name = name;
        this.fs = fs;
        this.lockFile = lockFile;
    }

    /** {@link #open(URI, Configuration, OnDamage)} that removes damaged chunks. */
    public static ResultStore open(URI output, Configuration hadoop) {
        return open(output, hadoop, OnDamage.RECOMPUTE);
    }

    /**
     * Creates the output and its table directories as needed, locks it (local outputs), verifies its
     * committed chunks, and cleans what an interrupted sweep left.
     *
     * @param hadoop the Hadoop configuration of the file system (Spark's, with its spark.hadoop.* keys)
     * @throws OutputInUseException   when another open store holds the output's lock
     * @throws DamagedOutputException when a committed file is damaged and {@code onDamage} is REFUSE
     * @throws ResultsException       when the output cannot be created, reached, read or written
     */
    public static ResultStore open(URI output, Configuration hadoop, OnDamage onDamage) {
        String name = Locations.display(output);
        Path root = new Path(output);
        FileSystem fs = fileSystem(root, hadoop, name);
        ResultStore store;
        try {
            Optional<java.nio.file.Path> local = Locations.localPath(output);
            if (local.isPresent()) {
                Files.createDirectories(local.get());
            } else if (!fs.mkdirs(root)) {
                throw new IOException("the file system refused to create it");
            }
            store = new ResultStore(root, name, fs, lock(output));
        } catch (IOException | FSError e) {
            throw ResultsException.of(name, "cannot create the output directory", e);
        }
        try {
            store.prepare(onDamage);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * The file system of a location.
     *
     * @param name the location as messages name it
     * @throws ResultsException when there is no file system for its scheme on the class path, or it
     *                          cannot be reached: one line naming {@code name}
     */
    public static FileSystem fileSystem(Path root, Configuration hadoop, String name) {
        try {
            return root.getFileSystem(hadoop);
        } catch (IOException | RuntimeException e) {
            // No implementation configured for the scheme, or one configured (s3a: in Hadoop's defaults) but not on the class path.
            if (e instanceof org.apache.hadoop.fs.UnsupportedFileSystemException || e.getCause() instanceof ClassNotFoundException) {
                throw new ResultsException(name + ": no Hadoop file system for scheme \"" + root.toUri().getScheme()
                        + "\" on the class path (file: and hdfs: are built in; s3a: needs hadoop-aws, see docs/cluster.md)", e);
            }
            throw ResultsException.of(name, "cannot reach its file system", e);
        }
    }

    private void prepare(OnDamage onDamage) {
        Path current = output;
        try {
            Chunks chunks = Chunks.read(fs, output);
            List<Damage> damage = Verifier.check(chunks, true);
            if (!damage.isEmpty() && onDamage == OnDamage.REFUSE) {
                throw new DamagedOutputException(name, damage);
            }
            current = new Path(output, STAGING);
            fs.delete(current, true);
            current = output;
            if (!damage.isEmpty()) {
                for (long id : damage.stream().map(d -> d.chunk().id()).distinct().toList()) {
                    remove(id);
                }
                chunks = Chunks.read(fs, output);
            }
            if (!chunks.marked()) {
                adopted = adopt(chunks);
                chunks = Chunks.read(fs, output);
            }
            for (String file : chunks.uncommitted()) {
                current = chunks.path(file);
                fs.delete(current, false);
            }
            for (Table table : Table.values()) {
                current = dir(table);
                fs.mkdirs(current);
            }
            nextChunk = chunks.committed().stream().mapToLong(Chunks.Chunk::id).max().orElse(-1) + 1;
            removed = damage;
        } catch (IOException | FSError e) {
            throw ResultsException.of(Locations.display(current.toUri()), "cannot prepare the output", e);
        }
    }

    /**
     * Starts writing, checksumming and deleting an empty part file under staging in the background,
     * so that the JVM loads and compiles the writer's code (Avro, Parquet, the codec, the file system's
     * streams) while the sweep's first tasks train: its first commit then takes ~0.2 s instead of
     * ~2.5 s, and a kill soon after the first tasks finish loses no more than a later one. The first
     * commit, and {@link #close}, wait for it; a failure here is left for that commit to meet and report.
     */
    public void warmUp() {
        warm = CompletableFuture.runAsync(this::writeThrowaway);
    }

    private void writeThrowaway() {
        Path file = new Path(new Path(output, STAGING), "warm-up.parquet");
        try {
            write(Table.RUNS, List.of(), file);
            Verifier.crc32c(fs, file);
            new ChunkMarker(-1, false, 0, 0, List.of()).json();
            fs.delete(file, false);
        } catch (IOException | RuntimeException | FSError e) {
            // The first commit writes the same way, and reports what fails there.
        }
    }

    /** Removes a chunk: its marker first (it is then uncommitted), then every part file of its id. */
    private void remove(long chunk) throws IOException {
        fs.delete(new Path(new Path(output, Chunks.COMMITS), Chunks.markerName(chunk)), false);
        for (Table table : Table.values()) {
            fs.delete(part(table, chunk), false);
        }
    }

    /**
     * Gives every chunk of an output written before markers a marker, with its files as they are now:
     * the markers are written under staging and renamed into place as one directory, so that the
     * output turns marked with all of them or none.
     */
    private int adopt(Chunks chunks) throws IOException {
        Path staged = new Path(new Path(output, STAGING), Chunks.COMMITS);
        fs.mkdirs(staged);
        for (Chunks.Chunk chunk : chunks.committed()) {
            List<ChunkMarker.PartFile> files = new ArrayList<>();
            long runs = 0;
            for (String file : chunk.files()) {
                Path path = chunks.path(file);
                long rows;
                try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, fs.getConf()))) {
                    rows = reader.getRecordCount();
                }
                runs += file.startsWith(Table.RUNS.tableName() + "/") ? rows : 0;
                files.add(new ChunkMarker.PartFile(file, rows, fs.getFileStatus(path).getLen(), Verifier.crc32c(fs, path)));
            }
            Set<String> tasks = new HashSet<>();
            if (chunk.files().contains(Table.BASELINES.tableName() + "/" + Chunks.partName(chunk.id()))) {
                CommittedRows.read(fs, part(Table.BASELINES, chunk.id()), r -> tasks.add(r.get("baseline_id").toString()));
            }
            writeMarker(new ChunkMarker(chunk.id(), true, Math.toIntExact(runs), tasks.size(), files),
                    new Path(staged, Chunks.markerName(chunk.id())));
        }
        rename(staged, new Path(output, Chunks.COMMITS));
        return chunks.committed().size();
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

    /** The damage {@link #open} found and removed (each damaged file once); empty when there was none. */
    public List<Damage> removed() {
        return removed;
    }

    /** How many chunks written before markers {@link #open} gave a marker (0 when the output had markers). */
    public int adopted() {
        return adopted;
    }

    /** The output as the user named it: a local path, or the URI. */
    public String name() {
        return name;
    }

    /** Releases the output's lock. The file system is Hadoop's shared instance, and stays open. */
    @Override
    public void close() {
        warm.join();
        try {
            if (lockFile.isPresent()) {
                lockFile.get().close();
            }
        } catch (IOException e) {
            throw ResultsException.of(name, "cannot release its lock", e);
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
        CommittedRows.forEach(fs, output, table, action);
    }

    /** Writes one chunk of run outcomes to every table and commits it; returns the chunk id. */
    public long commit(String sweep, List<RunOutcome> outcomes) {
        return commit(sweep, outcomes, List.of());
    }

    /**
     * Writes one chunk of run and baseline outcomes to the tables it has rows for, and {@code runs}
     * always (readers of outputs from before markers take its part file for the chunk's marker), then
     * commits it with its marker; returns the chunk id. A table without rows gets no file: each costs
     * ~20 ms to write, and a chunk of plain runs has rows in 4 of the 15 tables.
     *
     * @throws ResultsException naming the file that could not be written (a full disk, a lost
     *                          connection); the chunk is then not committed
     */
    public synchronized long commit(String sweep, List<RunOutcome> outcomes, List<BaselineOutcome> baselines) {
        warm.join();
        long chunk = nextChunk++;
        Path staging = new Path(new Path(output, STAGING), Chunks.partName(chunk).replace(".parquet", ""));
        Map<Table, List<GenericRecord>> rows = Records.of(sweep, outcomes, baselines);
        List<Table> written = Arrays.stream(Table.values())
                .filter(t -> t == Table.RUNS || !rows.get(t).isEmpty()).toList();
        Path current = staging;
        try {
            fs.mkdirs(staging);
            List<ChunkMarker.PartFile> files = new ArrayList<>();
            for (Table table : written) {
                current = new Path(staging, table.tableName() + ".parquet");
                write(table, rows.get(table), current);
                files.add(new ChunkMarker.PartFile(table.tableName() + "/" + Chunks.partName(chunk), rows.get(table).size(),
                        fs.getFileStatus(current).getLen(), Verifier.crc32c(fs, current)));
            }
            for (Table table : written) {
                current = part(table, chunk);
                rename(new Path(staging, table.tableName() + ".parquet"), current);
            }
            current = new Path(staging, Chunks.markerName(chunk));
            writeMarker(new ChunkMarker(chunk, false, outcomes.size(), baselines.size(), files), current);
            Path marker = new Path(new Path(output, Chunks.COMMITS), Chunks.markerName(chunk));
            current = marker;
            rename(new Path(staging, Chunks.markerName(chunk)), marker);
            fs.delete(staging, true);
        } catch (IOException | FSError e) {
            throw ResultsException.of(Locations.display(current.toUri()), "cannot commit chunk " + chunk, e);
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

    private void writeMarker(ChunkMarker marker, Path file) throws IOException {
        try (FSDataOutputStream out = fs.create(file, false)) {
            out.write(marker.json());
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from + " to " + to + " failed");
        }
    }

    Path part(Table table, long chunk) {
        return new Path(dir(table), Chunks.partName(chunk));
    }
}
