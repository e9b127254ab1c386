package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers see committed chunks only: a sweep killed in the middle of a commit leaves part files that
 * no query counts, with markers and in an output written before markers existed.
 */
class CommittedReadsTest {
    @TempDir
    Path out;

    private final RunSpec a = TestRuns.spec(MixingKind.CLEAN, 0, 1);
    private final RunSpec b = TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 1);

    @BeforeEach
    void twoChunks() {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("s", List.of(TestRuns.ok(a, 0.1)));
            store.commit("s", List.of(TestRuns.ok(b, 0.2)));
        }
    }

    @Test
    void partsOfAChunkWithoutItsMarkerAreNotRead() throws Exception {
        // Killed after chunk 1's profiles, curves and weights were renamed, before its runs part and marker.
        Files.delete(out.resolve("_commits/part-000001.json"));
        Files.delete(out.resolve("runs/part-000001.parquet"));
        assertThat(out.resolve("profiles/part-000001.parquet")).exists();
        assertOnlyChunkZeroIsRead();
    }

    @Test
    void inAnOutputFromBeforeMarkersTheRunsPartIsTheMarker() throws Exception {
        try (var markers = Files.list(out.resolve("_commits"))) {
            for (Path marker : markers.toList()) {
                Files.delete(marker);
            }
        }
        Files.delete(out.resolve("_commits"));
        Files.delete(out.resolve("runs/part-000001.parquet"));
        assertOnlyChunkZeroIsRead();
    }

    private void assertOnlyChunkZeroIsRead() {
        SparkSession spark = TestSpark.session();
        Views.register(spark, out.toUri());
        Row counts = spark.sql("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM profiles), (SELECT count(*) FROM curves),"
                + " (SELECT count(*) FROM weights), (SELECT count(DISTINCT run_id) FROM profiles), (SELECT first(run_id) FROM profiles)")
                .first();
        assertThat(List.of(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4)))
                .containsExactly(1L, 3L, 2L, 1L, 1L);
        assertThat(counts.getString(5)).isEqualTo(a.id());
    }
}
