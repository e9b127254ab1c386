package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ccsweep.jobs.testing.FaultTask;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's exception is its failure, recorded with its stack's top frames, and the sweep goes on; a JVM
 * error is not the run's fault: the sweep stops with one line and exit 3, records nothing of the run,
 * and a resume tries it again. Runs of the test-only {@link FaultTask} fail by seed.
 */
class RunFaultsTest {
    static final String FAULTS = TinySweeps.TINY + "sweep.task = " + FaultTask.NAME + "\nengine { cores = 1, chunk-size = 1 }\n";

    @TempDir
    Path tmp;

    @Test
    void aRunsExceptionIsAFailedRowWithItsTopFrames() {
        Path conf = TinySweeps.write(tmp, FAULTS + "sweep.seeds = [0, " + FaultTask.FAILING_SEED + "]\n");
        Cli sweep = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + tmp.resolve("out") + "\"");
        assertThat(sweep.exit()).isZero();
        assertThat(sweep.err().replace("\r", "")).contains("1 of 2 runs failed");
        Cli rows = Cli.run("sql", tmp.resolve("out").toString(),
                "SELECT seed, status, error, error_trace FROM runs ORDER BY seed");
        assertThat(rows.out()).contains("0,ok,,", FaultTask.FAILING_SEED + ",failed,java.lang.IllegalStateException: simulated failure of run ");
        assertThat(rows.out()).contains("at org.ccsweep.jobs.testing.FaultTask.execute(FaultTask.java:");
    }

    @Test
    void aJvmErrorStopsTheSweepWithoutRecordingTheRunAndResumeRetriesIt() {
        Path conf = TinySweeps.write(tmp, FAULTS + "sweep.seeds = [0, " + FaultTask.JVM_ERROR_SEED + "]\n");
        String output = "sweep.output=\"" + tmp.resolve("out") + "\"";
        for (int attempt = 0; attempt < 2; attempt++) {
            Cli sweep = Cli.run("sweep", conf.toString(), "--set", output);
            assertThat(sweep.exit()).isEqualTo(3);
            String last = sweep.err().replace("\r", "").strip().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(last).startsWith("ccsweep: the sweep stopped: run ").contains(
                    "hit java.lang.OutOfMemoryError: simulated by the fault test task, an error of the JVM, not of the run",
                    "were not recorded, and running the sweep again retries them");
            assertThat(sweep.err()).doesNotContain("\tat ");
            Cli seeds = Cli.run("sql", tmp.resolve("out").toString(), "SELECT seed, status FROM runs ORDER BY seed");
            assertThat(seeds.out().replace("\r", "")).isEqualTo("seed,status\n0,ok\n");
        }
    }
}
