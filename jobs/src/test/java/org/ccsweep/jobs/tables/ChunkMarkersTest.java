package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each committed chunk records its files in a marker; an output from before markers is adopted once. */
class ChunkMarkersTest {
    @TempDir
    Path out;

    private final RunSpec a = TestRuns.spec(MixingKind.CLEAN, 0, 1);
    private final RunSpec b = TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 1);

    @Test
    void theMarkerListsEveryPartWithItsRowsLengthAndCrc32c() throws Exception {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("s", List.of(TestRuns.ok(a, 0.1), RunOutcome.failed(b, TestRuns.PLACEMENT, new IllegalStateException("x"))));
        }
        JsonNode marker = new ObjectMapper().readTree(out.resolve("_commits/part-000000.json").toFile());
        assertThat(marker.get("chunk").asLong()).isZero();
        assertThat(marker.get("adopted").asBoolean()).isFalse();
        assertThat(marker.get("runs").asInt()).isEqualTo(2);
        assertThat(marker.get("baselineTasks").asInt()).isZero();
        assertThat(marker.get("files").findValuesAsText("path")).containsExactlyInAnyOrder("profiles/part-000000.parquet",
                "curves/part-000000.parquet", "weights/part-000000.parquet", "runs/part-000000.parquet");
        for (JsonNode file : marker.get("files")) {
            Path part = out.resolve(file.get("path").asText());
            assertThat(file.get("bytes").asLong()).as(part.toString()).isEqualTo(Files.size(part));
            assertThat(file.get("crc32c").asText()).as(part.toString()).isEqualTo(crc32c(part));
            assertThat(file.get("rows").asLong()).as(part.toString()).isEqualTo(footerRows(part));
        }
        assertThat(marker.get("files").findValuesAsText("path").indexOf("profiles/part-000000.parquet")).isNotNegative();
        assertThat(footerRows(out.resolve("runs/part-000000.parquet"))).isEqualTo(2);
    }

    @Test
    void anOutputFromBeforeMarkersIsAdoptedWithTheChecksumsOfItsFilesAndItsLeftoversDeleted() throws Exception {
        legacyOutputWithAHalfCommittedSecondChunk();
        Path leftover = out.resolve("profiles/part-000001.parquet");
        assertThat(leftover).exists();

        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            assertThat(store.adopted()).isEqualTo(1);
            assertThat(store.committedRunIds()).containsExactly(a.id());
        }
        assertThat(leftover).doesNotExist();
        JsonNode marker = new ObjectMapper().readTree(out.resolve("_commits/part-000000.json").toFile());
        assertThat(marker.get("adopted").asBoolean()).isTrue();
        assertThat(marker.get("runs").asInt()).isEqualTo(1);
        for (JsonNode file : marker.get("files")) {
            Path part = out.resolve(file.get("path").asText());
            assertThat(file.get("crc32c").asText()).isEqualTo(crc32c(part));
        }
        assertThat(out.resolve("_commits")).isDirectoryNotContaining("glob:**/part-000001.json");
    }

    @Test
    void aChunkWithAPartMissingFromItsMarkerIsDamagedAndRemovedAtTheNextOpen() throws Exception {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("s", List.of(TestRuns.ok(a, 0.1)));
            store.commit("s", List.of(TestRuns.ok(b, 0.2)));
        }
        Files.delete(out.resolve("curves/part-000001.parquet"));
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            assertThat(store.removed()).extracting(d -> d.line("OUT"))
                    .containsExactly("OUT: curves/part-000001.parquet is missing (chunk 1: 1 run, 0 baseline tasks)");
            assertThat(store.committedRunIds()).containsExactly(a.id());
        }
        assertThat(out.resolve("_commits/part-000001.json")).doesNotExist();
        assertThat(out.resolve("profiles/part-000001.parquet")).doesNotExist();
    }

    /**
     * An output as ccsweep wrote it before markers: chunk 0 committed (its runs part renamed last),
     * chunk 1 killed after its profiles part was renamed and before its runs part.
     */
    private void legacyOutputWithAHalfCommittedSecondChunk() throws IOException {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("s", List.of(TestRuns.ok(a, 0.1)));
            store.commit("s", List.of(TestRuns.ok(b, 0.2)));
        }
        try (var markers = Files.list(out.resolve("_commits"))) {
            for (Path marker : markers.toList()) {
                Files.delete(marker);
            }
        }
        Files.delete(out.resolve("_commits"));
        Files.delete(out.resolve("runs/part-000001.parquet"));
    }

    static String crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(Files.readAllBytes(file));
        return String.format("%08x", crc.getValue());
    }

    private static long footerRows(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return reader.getRecordCount();
        }
    }
}
