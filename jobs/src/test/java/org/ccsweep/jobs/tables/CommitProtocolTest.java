package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitProtocolTest {
    @TempDir
    Path out;

    private final RunSpec a = TestRuns.spec(MixingKind.CLEAN, 0, 1);
    private final RunSpec b = TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 1);

    @Test
    void aCommittedChunkHasOnePartPerTableWithRows() {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            List<RunOutcome> outcomes = List.of(TestRuns.ok(a, 0.1),
                    RunOutcome.failed(b, TestRuns.PLACEMENT, new IllegalStateException("x")));
            long chunk = store.commit("s", outcomes);
            Map<Table, List<GenericRecord>> rows = Records.of("s", outcomes, List.of());
            assertThat(rows.get(Table.PROFILES)).isNotEmpty();
            assertThat(rows.get(Table.BASELINES)).isEmpty();
            for (Table table : Table.values()) {
                assertThat(Files.isRegularFile(Path.of(store.part(table, chunk).toUri()))).as(table.tableName())
                        .isEqualTo(!rows.get(table).isEmpty());
            }
            assertThat(out.resolve("_staging")).isEmptyDirectory();
            assertThat(store.committedRunIds()).containsExactlyInAnyOrder(a.id(), b.id());
        }
    }

    @Test
    void reopeningDeletesStagingLeftoversAndUncommittedParts() throws Exception {
        long committed;
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            committed = store.commit("s", List.of(TestRuns.ok(a, 0.1)));
            long orphan = store.commit("s", List.of(TestRuns.ok(b, 0.2)));
            // A kill between the renames of chunk `orphan`: its parts arrived, its marker never did.
            Files.delete(out.resolve("_commits/part-00000" + orphan + ".json"));
        }
        Path leftover = Files.createDirectories(out.resolve("_staging/part-000009"));
        Files.writeString(leftover.resolve("profiles.parquet"), "half written");

        try (ResultStore reopened = ResultStore.open(out.toUri(), new Configuration())) {
            assertThat(out.resolve("_staging")).doesNotExist();
            for (Table table : List.of(Table.RUNS, Table.PROFILES, Table.CURVES, Table.WEIGHTS)) {
                assertThat(partFiles(table)).as(table.tableName()).containsExactly(Path.of(reopened.part(table, committed).toUri()));
            }
            assertThat(reopened.committedRunIds()).containsExactly(a.id());
        }
    }

    private List<Path> partFiles(Table table) throws java.io.IOException {
        try (var files = Files.list(out.resolve(table.tableName()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
        }
    }

    @Test
    void chunkIdsContinueAfterTheLastCommittedOne() {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("s", List.of(TestRuns.ok(a, 0.1)));
        }
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            assertThat(store.commit("s", List.of(TestRuns.ok(b, 0.2)))).isEqualTo(1);
        }
        assertThat(out.resolve("runs/part-000001.parquet")).isRegularFile();
    }

    @Test
    void anOpenStoreLocksItsOutput() {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            assertThatThrownBy(() -> ResultStore.open(out.toUri(), new Configuration())).isInstanceOf(OutputInUseException.class)
                    .hasMessageContaining("is in use by another running sweep");
        }
        ResultStore.open(out.toUri(), new Configuration()).close();
    }
}
