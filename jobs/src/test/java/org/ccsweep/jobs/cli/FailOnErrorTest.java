package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-on-error changes the exit code of a sweep with a failed run or baseline task, and nothing else. */
class FailOnErrorTest {
    static final String DIVERGING = TinySweeps.TINY + "sweep { seeds = [0], grid.sigma = [0.02, 1e30] }\n";
    /** No runs; the naive baseline at σ = 1e39, where |σ| M overflows float, has a NaN profile and fails. */
    static final String OVERFLOWING_BASELINE = TinySweeps.TINY
            + "sweep { seeds = [0], grid.sigma = [0.02, 1e39] }\nbaselines { kinds = [naive], only = true }\n";

    @TempDir
    Path tmp;

    @Test
    void onlyTheExitCodeChanges() {
        Path conf = TinySweeps.write(tmp, DIVERGING);
        Cli plain = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + tmp.resolve("plain") + "\"");
        Cli strict = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + tmp.resolve("strict") + "\"",
                "--fail-on-error");
        assertThat(plain.exit()).isZero();
        assertThat(strict.exit()).isEqualTo(1);

        String query = "SELECT run_id, status, error, final_train_loss, loss_per_feature FROM runs ORDER BY run_id";
        Cli plainRows = Cli.run("sql", tmp.resolve("plain").toString(), query);
        Cli strictRows = Cli.run("sql", tmp.resolve("strict").toString(), query);
        assertThat(plainRows.out()).contains(",ok,", ",failed,org.ccsweep.model.train.DivergedException")
                .isEqualTo(strictRows.out());
        assertThat(strict.err().replace("\r", "")).contains("1 of 2 runs failed");
    }

    @Test
    void aFailedBaselineTaskAloneMakesTheExitNonZero() {
        Path conf = TinySweeps.write(tmp, OVERFLOWING_BASELINE);
        Cli plain = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + tmp.resolve("plain") + "\"");
        Cli strict = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + tmp.resolve("strict") + "\"",
                "--fail-on-error");
        assertThat(plain.exit()).isZero();
        assertThat(strict.exit()).isEqualTo(1);

        String query = "SELECT baseline_id, status, error, p_eval, loss_per_feature FROM baselines ORDER BY baseline_id, p_eval";
        Cli plainRows = Cli.run("sql", tmp.resolve("plain").toString(), query);
        Cli strictRows = Cli.run("sql", tmp.resolve("strict").toString(), query);
        assertThat(plainRows.out()).contains(",ok,", ",failed,java.lang.ArithmeticException").isEqualTo(strictRows.out());
        assertThat(strict.err().replace("\r", "")).contains("1 of 2 baseline tasks failed");
    }
}
