package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed (SIGKILL) in the middle of a chunk keeps the runs its finished tasks trained: the
 * driver commits each task's results as the task finishes, not when its whole chunk has.
 */
class KillLossTest {
    /** 6 runs, one per task, on one task slot, all in one chunk; each run takes longer than a commit. */
    static final String SWEEP = """
            sweep { name = loss, seeds = [0, 1, 2, 3, 4, 5] }
            train { steps = 1000, batch = 512, curve-points = 10 }
            eval { p = [0.01, 0.1], target-rel-se = 0.01, pilot-per-k = 200, max-samples = 20000 }
            engine { cores = 1, chunk-size = 6 }
            """;
    private static final Pattern DONE = Pattern.compile("\\[ccsweep\\] (\\d+)/6 tasks done");

    @TempDir
    Path tmp;

    @Test
    void aKillLosesOnlyTheTasksNotYetCommittedNotTheFinishedTasksOfItsChunk() throws Exception {
        Path conf = TinySweeps.write(tmp, SWEEP);
        Path out = tmp.resolve("out");
        Process sweep = start("sweep", conf.toString(), "--set", "sweep.output=\"" + out + "\"");
        int done = 0;
        try (BufferedReader log = new BufferedReader(new InputStreamReader(sweep.getErrorStream()))) {
            for (String line = log.readLine(); line != null && done < 5; line = log.readLine()) {
                Matcher m = DONE.matcher(line);
                if (m.find()) {
                    done = Integer.parseInt(m.group(1));
                }
            }
            sweep.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(done).as("tasks reported done before the kill").isEqualTo(5);
        int committed;
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            committed = store.committedRunIds().size();
        }
        // The chunk was not done: committing by chunk would keep no run. By task, at most the task whose
        // commit was under way and one finishing meanwhile are lost.
        assertThat(committed).as("runs committed of the 5 reported done").isGreaterThanOrEqualTo(done - 2);
    }

    private static Process start(String... args) throws Exception {
        return CliProcess.builder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
