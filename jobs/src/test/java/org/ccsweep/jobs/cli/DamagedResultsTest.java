package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.sweep.SweepReport;
import org.ccsweep.jobs.testing.CapturedLog;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finished tiny sweep (4 runs) whose files are then deleted, overwritten or corrupted: the next
 * sweep names each damaged file on one line and trains its chunk's runs again (or, with --no-repair,
 * leaves the output as it is), {@code verify} finds the damage, and readers refuse it in one line.
 */
class DamagedResultsTest {
    static final String SWEEP = TinySweeps.TINY + "sweep.seeds = [0, 1, 2, 3]\n";

    @TempDir
    static Path tmp;
    static Path pristine;
    @TempDir
    Path work;

    @BeforeAll
    static void sweepOnce() {
        pristine = tmp.resolve("pristine");
        LoggedSweep.run(TestSpark.session(), TinySweeps.load(tmp, SWEEP, pristine));
    }

    @Test
    void aDeletedProfilesPartIsNamedAndItsChunksRunsAreTrainedAgain() throws Exception {
        Path out = copy();
        int runs = runsOfChunkZero(out);
        Files.delete(out.resolve("profiles/part-000000.parquet"));

        LoggedSweep again = LoggedSweep.run(TestSpark.session(), sweep(out));
        assertThat(again.log()).contains("[ccsweep] " + out + ": profiles/part-000000.parquet is missing (chunk 0: " + runs(runs)
                + ", 0 baseline tasks): removed, computed again");
        assertThat(again.report().runs()).isEqualTo(new SweepReport.Tally(4, 4 - runs, runs, 0, 0));
        assertThat(again.log()).containsPattern("asymmetric +0\\.02 .* 4/4 ");
        SparkSession spark = TestSpark.session();
        Row counts = spark.sql("SELECT (SELECT count(*) FROM profiles), (SELECT count(DISTINCT run_id) FROM runs),"
                + " (SELECT min(n) FROM aggregates), (SELECT max(n) FROM aggregates)").first();
        assertThat(new long[] {counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3)})
                .containsExactly(8, 4, 4, 4);
    }

    /** With Hadoop's .crc side file removed, as a tool that rewrites the file would leave it, or kept beside it. */
    @ParameterizedTest(name = "side file kept: {0}")
    @ValueSource(booleans = {false, true})
    void aRunsPartCorruptedInPlaceIsFoundByItsChecksumAndTrainedAgain(boolean sideFileKept) throws Exception {
        Path out = copy();
        int runs = runsOfChunkZero(out);
        Path part = out.resolve("runs/part-000000.parquet");
        long bytes = Files.size(part);
        flip(part, bytes / 2, 16);
        if (!sideFileKept) {
            Files.delete(out.resolve("runs/.part-000000.parquet.crc"));
        }

        LoggedSweep again = LoggedSweep.run(TestSpark.session(), sweep(out));
        assertThat(again.log()).containsPattern("\\[ccsweep\\] " + java.util.regex.Pattern.quote(out.toString())
                + ": runs/part-000000.parquet is corrupt: its CRC32C is [0-9a-f]{8}, its marker says [0-9a-f]{8} \\(chunk 0");
        assertThat(again.report().runs().computed()).isEqualTo(runs);
        assertThat(TestSpark.session().sql("SELECT count(*), count(DISTINCT run_id) FROM runs").first().toString())
                .isEqualTo("[4,4]");
    }

    @Test
    void aPartOverwrittenWithGarbageOfAnotherLengthIsFound() throws Exception {
        Path out = copy();
        long bytes = Files.size(out.resolve("weights/part-000000.parquet"));
        Files.writeString(out.resolve("weights/part-000000.parquet"), "garbage");

        LoggedSweep again = LoggedSweep.run(TestSpark.session(), sweep(out));
        assertThat(again.log()).contains(": weights/part-000000.parquet has 7 bytes, its marker says " + bytes + " (chunk 0");
        assertThat(TestSpark.session().sql("SELECT count(*) FROM weights").first().getLong(0)).isEqualTo(4);
    }

    @Test
    void withNoRepairTheSweepNamesTheDamageExitsTwoAndTouchesNothing() throws Exception {
        Path out = copy();
        Files.delete(out.resolve("profiles/part-000000.parquet"));
        Map<String, Long> before = listing(out);

        Cli cli = Cli.run("sweep", TinySweeps.write(work, SWEEP).toString(), "--set", "sweep.output=\"" + out + "\"", "--no-repair");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err().lines().toList()).hasSize(2).first().asString()
                .startsWith(out + ": profiles/part-000000.parquet is missing (chunk 0: ");
        assertThat(cli.err().lines().toList().get(1)).isEqualTo(out + ": damaged, left as it is (--no-repair); a sweep"
                + " without --no-repair removes the damaged chunks and computes their runs and baseline tasks again");
        assertThat(listing(out)).isEqualTo(before);
    }

    @Test
    void verifyPassesAnIntactOutputAndNamesTheDamageOfAnotherWithExitOne() throws Exception {
        Path intact = copy();
        Cli ok = Cli.run("verify", intact.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).containsPattern(java.util.regex.Pattern.quote(intact.toString())
                + ": \\d+ chunks, 4 runs, 0 baseline tasks in \\d+ files, each of its marker's length and CRC32C");

        Path damaged = copy();
        int runs = runsOfChunkZero(damaged);
        Files.delete(damaged.resolve("curves/part-000000.parquet"));
        Cli bad = Cli.run("verify", damaged.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains(damaged + ": curves/part-000000.parquet is missing (chunk 0: " + runs(runs) + ", 0 baseline tasks)",
                damaged + ": 1 of ");
        assertThat(damaged.resolve("_commits/part-000000.json")).exists();
    }

    @Test
    void verifySaysAnOutputFromBeforeMarkersIsUnverifiable() throws Exception {
        Path legacy = copy();
        try (Stream<Path> markers = Files.list(legacy.resolve("_commits"))) {
            for (Path marker : markers.toList()) {
                Files.delete(marker);
            }
        }
        Files.delete(legacy.resolve("_commits"));
        Cli cli = Cli.run("verify", legacy.toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("files, written before commit markers: unverifiable, with no checksums to compare;"
                + " each file opens as Parquet");
    }

    @Test
    void sqlAndReportRefuseAnOutputWithAMissingFileInOneLine() throws Exception {
        Path out = copy();
        Files.delete(out.resolve("profiles/part-000000.parquet"));
        Cli sql = Cli.run("sql", out.toString(), "SELECT count(*) FROM runs");
        assertThat(sql.exit()).isEqualTo(2);
        assertThat(sql.err()).startsWith("ccsweep sql: " + out + ": profiles/part-000000.parquet is missing (chunk 0");
        assertThat(sql.err().strip()).doesNotContain("\n").contains("`ccsweep verify " + out + "` lists the damage");
        Cli report = Cli.run("report", out.toString(), "--out", work.resolve("r.html").toString());
        assertThat(report.exit()).isEqualTo(2);
        assertThat(report.err().strip()).startsWith(out + ": profiles/part-000000.parquet is missing").doesNotContain("\n");
        assertThat(work.resolve("r.html")).doesNotExist();
    }

    /** A file of its marker's length whose bytes are wrong: readers do not read every byte; Spark fails on it. */
    @Test
    void aQueryOverAFileWhoseFooterIsCorruptFailsInOneLineWithoutSparksTaskLog() throws Exception {
        Path out = copy();
        Path part = out.resolve("profiles/part-000000.parquet");
        flip(part, Files.size(part) - 24, 16);
        Files.delete(out.resolve("profiles/.part-000000.parquet.crc"));
        Cli sql;
        try (CapturedLog log = CapturedLog.attach()) {
            sql = Cli.run("sql", out.toString(), "SELECT count(*) FROM profiles");
            assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR"));
        }
        assertThat(sql.exit()).isEqualTo(2);
        assertThat(sql.out()).isEmpty();
        assertThat(sql.err()).startsWith("ccsweep sql: ").contains("part-000000.parquet");
        assertThat(sql.err().strip()).doesNotContain("\n");
    }

    private SweepSpec sweep(Path out) {
        return TinySweeps.load(work, SWEEP, out);
    }

    private Path copy() throws IOException {
        Path copy = Files.createTempDirectory(work, "out");
        try (Stream<Path> files = Files.walk(pristine)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(pristine.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    private static String runs(int n) {
        return n + (n == 1 ? " run" : " runs");
    }

    private static int runsOfChunkZero(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("_commits/part-000000.json").toFile()).get("runs").asInt();
    }

    /** Inverts {@code length} bytes from {@code at}: the file keeps its length, its contents change. */
    private static void flip(Path file, long at, int length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] bytes = new byte[length];
            raf.seek(at);
            raf.readFully(bytes);
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            raf.seek(at);
            raf.write(bytes);
        }
    }

    private static Map<String, Long> listing(Path dir) throws IOException {
        Map<String, Long> listing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                listing.put(dir.relativize(f) + " " + Files.getLastModifiedTime(f).toMillis(), Files.size(f));
            }
        }
        return listing;
    }
}
