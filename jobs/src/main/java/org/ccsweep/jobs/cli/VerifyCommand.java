package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.tables.ChunkMarker;
import org.ccsweep.jobs.tables.Chunks;
import org.ccsweep.jobs.tables.Damage;
import org.ccsweep.jobs.tables.Locations;
import org.ccsweep.jobs.tables.Verifier;

/**
 * {@code verify RESULTS_DIR...}: checks every committed file of each results directory against its
 * chunk's marker (length and CRC32C, reading every byte), without changing anything and without
 * Spark. Prints one line per damaged file and a line of totals per directory; says which chunks were
 * written before markers (then it can only check that their files open as Parquet) and which part
 * files belong to a commit that did not finish. Exit 0 when nothing is damaged, 1 when something is, 2
 * when a directory is not a results directory.
 */
final class VerifyCommand {
    private VerifyCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<URI> dirs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException("unexpected argument " + arg);
            }
            dirs.add(FiguresCommand.location(arg));
        }
        if (dirs.isEmpty()) {
            throw new UsageException("verify needs RESULTS_DIR");
        }
        Configuration hadoop = new Configuration();
        boolean damaged = false;
        for (URI dir : dirs) {
            Optional<String> problem = ResultsDir.problem(dir, hadoop);
            if (problem.isPresent()) {
                err.println("ccsweep verify: " + problem.get());
                return 2;
            }
            damaged |= verify(dir, hadoop, out);
        }
        return damaged ? 1 : 0;
    }

    /** Prints what the directory holds and its damage; returns whether it is damaged. */
    private static boolean verify(URI dir, Configuration hadoop, PrintStream out) {
        String name = Locations.display(dir);
        Chunks chunks = Chunks.read(dir, hadoop);
        List<Damage> damage = Verifier.check(chunks, true);
        damage.forEach(d -> out.println(d.line(name)));
        int files = chunks.committed().stream().mapToInt(c -> c.files().size()).sum();
        if (chunks.marked()) {
            List<ChunkMarker> markers = chunks.committed().stream().flatMap(c -> c.marker().stream()).toList();
            long adopted = markers.stream().filter(ChunkMarker::adopted).count();
            out.println(name + ": " + chunks.committed().size() + " chunks, " + markers.stream().mapToInt(ChunkMarker::runs).sum()
                    + " runs, " + markers.stream().mapToInt(ChunkMarker::baselineTasks).sum() + " baseline tasks in " + files
                    + " files" + (damage.isEmpty() ? ", each of its marker's length and CRC32C" : "")
                    + (adopted > 0 ? "; " + adopted + " chunks were written before commit markers, and their checksums are those"
                            + " of the files as a later sweep found them" : ""));
        } else {
            out.println(name + ": " + chunks.committed().size() + " chunks in " + files + " files, written before commit markers:"
                    + " unverifiable, with no checksums to compare" + (damage.isEmpty() ? "; each file opens as Parquet" : "")
                    + " (the next sweep on this output gives them markers)");
        }
        if (!chunks.uncommitted().isEmpty()) {
            out.println(name + ": " + chunks.uncommitted().size() + " part files of a commit that did not finish"
                    + " (readers ignore them, the next sweep deletes them)");
        }
        if (!damage.isEmpty()) {
            long bad = damage.stream().map(d -> d.chunk().id()).distinct().count();
            out.println(name + ": " + bad + " of " + chunks.committed().size() + " chunks damaged; a sweep on this output"
                    + " removes them and computes their runs and baseline tasks again (with --no-repair it stops instead)");
        }
        return !damage.isEmpty();
    }
}
