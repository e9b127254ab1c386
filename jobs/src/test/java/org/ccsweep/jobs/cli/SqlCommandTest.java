package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.jobs.testing.TestRuns;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandTest {
    @TempDir
    static Path out;
    static final RunSpec OK = TestRuns.spec(MixingKind.SYMMETRIC, 0.02, 3);
    static final RunSpec FAILED = TestRuns.spec(MixingKind.CLEAN, 0, 3);

    @BeforeAll
    static void write() {
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            store.commit("cookbook", List.of(TestRuns.ok(OK, 0.5),
                    RunOutcome.failed(FAILED, TestRuns.PLACEMENT, new IllegalStateException("no, \"quoted\""))));
        }
    }

    @Test
    void printsCsvWithAHeaderAndQuotesWhereNeeded() {
        Cli cli = Cli.run("sql", out.toString(), "SELECT mixing, sigma, status, error FROM runs ORDER BY mixing");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out().lines().toList()).containsExactly(
                "mixing,sigma,status,error",
                "clean,0.0,failed,\"java.lang.IllegalStateException: no, \"\"quoted\"\"\"",
                "symmetric,0.02,ok,");
    }

    @Test
    void badSqlExitsTwoWithSparksMessageOnOneLine() {
        Cli cli = Cli.run("sql", out.toString(), "SELECT nope FROM runs");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("ccsweep sql: [UNRESOLVED_COLUMN").contains("`nope`");
        assertThat(cli.err().strip()).doesNotContain("\n");
    }

    @Test
    void missingResultsDirectoryExitsTwo() {
        Cli cli = Cli.run("sql", out.resolve("nope").toString(), "SELECT 1");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("nope: no such results directory");
    }
}
