package org.ccsweep.jobs.tables;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What an output directory holds, read without changing it: the part files of its tables, its
 * commit markers, and from them its committed chunks.
 *
 * <p>An output written with markers has a {@code _commits/} directory: a chunk is committed exactly
 * when {@code _commits/part-<chunk>.json} exists, and it holds the files its marker lists. An output
 * written before markers existed has none: there a chunk is committed when its {@code runs} part file
 * exists (that protocol renamed it last), and it holds every part file of its id. Any other part file
 * is what a commit that did not finish left; readers ignore it.
 */
public final class Chunks {
    /** The directory of the markers, under the output. */
    public static final String COMMITS = "_commits";
    private static final Pattern PART = Pattern.compile("part-(\\d+)\\.parquet");
    private static final Pattern MARKER = Pattern.compile("part-(\\d+)\\.json");

    /**
     * A committed chunk.
     *
     * @param marker its marker; empty for a chunk written before markers, or one whose marker cannot
     *               be read ({@link #unreadable})
     * @param files  its part files, relative to the output: those its marker lists, else those found
     *               with its id
     */
    public record Chunk(long id, Optional<ChunkMarker> marker, List<String> files, Optional<String> unreadable) {
        /** "chunk 3: 4 runs, 0 baseline tasks", or "chunk 3" where its marker does not say. */
        public String describe() {
            return "chunk " + id + marker.map(m -> ": " + count(m.runs(), "run") + ", " + count(m.baselineTasks(), "baseline task"))
                    .orElse("");
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    private final FileSystem fs;
    private final Path output;
    private final boolean marked;
    private final Map<String, FileStatus> parts;
    private final List<Chunk> committed;
    private final List<String> uncommitted;

    private Chunks(FileSystem fs, Path output, boolean marked, Map<String, FileStatus> parts, List<Chunk> committed,
            List<String> uncommitted) {
        this.fs = fs;
        this.output = output;
        this.marked = marked;
        this.parts = parts;
        this.committed = committed;
        this.uncommitted = uncommitted;
    }

    /** {@link #read(FileSystem, Path)} of an output named by its Hadoop URI. */
    public static Chunks read(URI output, Configuration hadoop) {
        Path root = new Path(output);
        return read(ResultStore.fileSystem(root, hadoop, Locations.display(output)), root);
    }

    /**
     * Lists the output's tables and reads its markers. A missing output or table directory holds
     * nothing.
     *
     * @throws ResultsException when the file system cannot list or read them
     */
    public static Chunks read(FileSystem fs, Path output) {
        Map<String, FileStatus> parts = new HashMap<>();
        Map<Long, List<String>> partsById = new TreeMap<>();
        for (Table table : Table.values()) {
            for (FileStatus f : list(fs, new Path(output, table.tableName()))) {
                Matcher m = PART.matcher(f.getPath().getName());
                if (m.matches() && f.isFile()) {
                    String relative = table.tableName() + "/" + f.getPath().getName();
                    parts.put(relative, f);
                    partsById.computeIfAbsent(Long.parseLong(m.group(1)), id -> new ArrayList<>()).add(relative);
                }
            }
        }
        Path commits = new Path(output, COMMITS);
        boolean marked = isDirectory(fs, commits);
        List<Chunk> committed = new ArrayList<>();
        if (marked) {
            for (FileStatus f : list(fs, commits)) {
                Matcher m = MARKER.matcher(f.getPath().getName());
                if (m.matches()) {
                    long id = Long.parseLong(m.group(1));
                    committed.add(marked(fs, f.getPath(), id, partsById.getOrDefault(id, List.of())));
                }
            }
            committed.sort((a, b) -> Long.compare(a.id(), b.id()));
        } else {
            partsById.forEach((id, files) -> {
                if (files.contains(Table.RUNS.tableName() + "/" + partName(id))) {
                    committed.add(new Chunk(id, Optional.empty(), List.copyOf(files), Optional.empty()));
                }
            });
        }
        Set<String> held = new TreeSet<>();
        committed.forEach(c -> held.addAll(c.files()));
        List<String> uncommitted = parts.keySet().stream().filter(p -> !held.contains(p)).sorted().toList();
        return new Chunks(fs, output, marked, parts, List.copyOf(committed), uncommitted);
    }

    private static Chunk marked(FileSystem fs, Path file, long id, List<String> found) {
        try (InputStream in = fs.open(file)) {
            ChunkMarker marker = ChunkMarker.parse(in.readAllBytes());
            if (marker.chunk() != id) {
                throw new IOException("it is the marker of chunk " + marker.chunk());
            }
            return new Chunk(id, Optional.of(marker), marker.files().stream().map(ChunkMarker.PartFile::path).toList(),
                    Optional.empty());
        } catch (IOException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            return new Chunk(id, Optional.empty(), List.copyOf(found), Optional.of(why));
        }
    }

    static String partName(long chunk) {
        return String.format("part-%06d.parquet", chunk);
    }

    static String markerName(long chunk) {
        return String.format("part-%06d.json", chunk);
    }

    private static FileStatus[] list(FileSystem fs, Path dir) {
        try {
            return fs.listStatus(dir);
        } catch (FileNotFoundException e) {
            return new FileStatus[0];
        } catch (IOException e) {
            throw ResultsException.of(dir, "cannot list it", e);
        }
    }

    private static boolean isDirectory(FileSystem fs, Path dir) {
        try {
            return fs.getFileStatus(dir).isDirectory();
        } catch (FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw ResultsException.of(dir, "cannot read it", e);
        }
    }

    /** Whether the output has markers ({@code _commits/}); false for one written before markers existed. */
    public boolean marked() {
        return marked;
    }

    /** The committed chunks, by id. */
    public List<Chunk> committed() {
        return committed;
    }

    /** The part files no committed chunk holds (relative to the output), left by a commit that did not finish. */
    public List<String> uncommitted() {
        return uncommitted;
    }

    /** A part file as listed; empty when it is not there. */
    public Optional<FileStatus> status(String relative) {
        return Optional.ofNullable(parts.get(relative));
    }

    /** The committed files of one table, as paths. */
    public List<Path> files(Table table) {
        String prefix = table.tableName() + "/";
        return committed.stream().flatMap(c -> c.files().stream()).filter(f -> f.startsWith(prefix))
                .map(this::path).toList();
    }

    public Path path(String relative) {
        return new Path(output, relative);
    }

    public Path output() {
        return output;
    }

    FileSystem fs() {
        return fs;
    }
}
