package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * A sweep stopped by Ctrl-C (SIGINT) exits with the shell's 130 and says how many runs are committed and
 * that the same command trains the rest; what it committed verifies, and the same command trains only the
 * missing runs and says nothing of an interruption.
 */
class InterruptTest {
    private static final Pattern SAID = Pattern.compile("\\[ccsweep\\] interrupted: at least (\\d+) of the 8 runs of "
            + "sweep resume are committed in .*; running the same command again trains the rest");

    @TempDir
    Path tmp;

    @Test
    void ctrlCSaysWhatIsCommittedAndTheSameCommandTrainsTheRest() throws Exception {
        Path conf = TinySweeps.write(tmp, KillResumeTest.SWEEP);
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("sweep.log");
        String output = "sweep.output=\"" + out + "\"";

        Process sweep = CliProcess.builder("sweep", conf.toString(), "--set", output).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (KillResumeTest.committedParts(out) == 0 && sweep.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sweep.isAlive()).as("the sweep still running after its first commit").isTrue();
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(sweep.pid())).start().waitFor()).isZero();
        assertThat(sweep.waitFor(30, TimeUnit.SECONDS)).as("exited within 30 s of Ctrl-C").isTrue();
        assertThat(sweep.exitValue()).isEqualTo(130);

        int committed;
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            committed = store.committedRunIds().size();
        }
        Matcher said = SAID.matcher(Files.readString(log));
        assertThat(said.find()).as(Files.readString(log)).isTrue();
        assertThat(Integer.parseInt(said.group(1))).as("runs said committed").isBetween(1, committed);
        assertThat(committed).isLessThan(8);

        Cli verify = Cli.run("verify", out.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        Cli again = Cli.run("sweep", conf.toString(), "--set", output);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("skipped " + committed + " already in ", "training " + (8 - committed))
                .doesNotContain("interrupted");
    }
}
