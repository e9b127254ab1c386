package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.data.MixingKind;
import org.ccsweep.model.run.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitProtocolTest {
    @TempDir
    Path out;

    private final RunSpec a = TestRuns.spec(MixingKind.CLEAN, 0, 1);
    private final RunSpec b = TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 1);

    @Test
    void aCommittedChunkHasOnePartPerTable() {
        ResultStore store = ResultStore.open(out);
        long chunk = store.commit("s", List.of(TestRuns.ok(a, 0.1), RunOutcome.failed(b, new IllegalStateException("x"))));
        for (Table table : Table.values()) {
            assertThat(store.part(table, chunk)).isRegularFile();
        }
        assertThat(out.resolve("_staging")).isEmptyDirectory();
        assertThat(store.committedRunIds()).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void reopeningDeletesStagingLeftoversAndUncommittedParts() throws Exception {
        ResultStore store = ResultStore.open(out);
        long committed = store.commit("s", List.of(TestRuns.ok(a, 0.1)));
        long orphan = store.commit("s", List.of(TestRuns.ok(b, 0.2)));
        // A kill between the renames of chunk `orphan`: its runs file never arrived.
        Files.delete(store.part(Table.RUNS, orphan));
        Path leftover = Files.createDirectories(out.resolve("_staging/part-000009"));
        Files.writeString(leftover.resolve("profiles.parquet"), "half written");

        ResultStore reopened = ResultStore.open(out);
        assertThat(out.resolve("_staging")).doesNotExist();
        for (Table table : Table.values()) {
            assertThat(reopened.chunks(table)).containsExactly(committed);
        }
        assertThat(reopened.committedRunIds()).containsExactly(a.id());
    }

    @Test
    void chunkIdsContinueAfterTheLastCommittedOne() {
        ResultStore.open(out).commit("s", List.of(TestRuns.ok(a, 0.1)));
        long next = ResultStore.open(out).commit("s", List.of(TestRuns.ok(b, 0.2)));
        assertThat(next).isEqualTo(1);
        assertThat(out.resolve("runs/part-000001.parquet")).isRegularFile();
    }
}
