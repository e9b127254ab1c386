package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageTest {
    @TempDir
    Path tmp;

    @Test
    void noCommand() {
        Cli cli = Cli.run();
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("ccsweep: no command", "usage: ccsweep sweep CONF");
    }

    @Test
    void unknownCommand() {
        assertThat(Cli.run("swep", "x.conf").err()).contains("unknown command swep");
        assertThat(Cli.run("swep", "x.conf").exit()).isEqualTo(2);
    }

    @Test
    void sweepWithoutConfigAndSetWithoutValue() {
        assertThat(Cli.run("sweep").err()).contains("sweep needs a config file");
        Cli cli = Cli.run("sweep", "a.conf", "--set");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("--set needs key=value");
    }

    @Test
    void sqlWithoutResultsDirectoryOrWithTwoSources() {
        assertThat(Cli.run("sql").exit()).isEqualTo(2);
        assertThat(Cli.run("sql").err()).contains("sql needs RESULTS_DIR");
        Cli both = Cli.run("sql", tmp.toString(), "SELECT 1", "-f", "x.sql");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("sql takes STATEMENTS or -f FILE, not both");
        assertThat(Cli.run("sql", tmp.toString(), "--format", "xml").err()).contains("--format: xml is not a format; allowed: csv, table, json");
    }

    @Test
    void invalidConfigExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path conf = TinySweeps.write(tmp, "sweep.grid.p-train = [0.5, 1.5]\n");
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + out + "\"");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo(conf + ":1: sweep.grid.p-train: 1.5 is not in (0, 1]" + System.lineSeparator());
        assertThat(out).doesNotExist();
        try (var written = Files.list(tmp)) {
            assertThat(written.toList()).as("the output's directory holds the sweep file only").containsExactly(conf);
        }
    }

    @Test
    void helpPrintsTheUsageOnStandardOutputAndExitsZero() {
        for (String[] args : new String[][] {{"help"}, {"--help"}, {"-h"}, {"sweep", "--help"}, {"sql", "results", "-h"}}) {
            Cli cli = Cli.run(args);
            assertThat(cli.exit()).as(String.join(" ", args)).isZero();
            assertThat(cli.out()).startsWith("usage: ccsweep sweep CONF").contains("--dry-run", "ccsweep sql RESULTS_DIR");
            assertThat(cli.err()).isEmpty();
        }
    }

    @Test
    void aDirectoryIsNotASweepFile() {
        Cli cli = Cli.run("sweep", tmp.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo(tmp + ": a directory, not a sweep config file (conf/*.conf)" + System.lineSeparator());
    }

    @Test
    void aDryRunPrintsTheRunsAndWritesNothing() throws Exception {
        Path conf = TinySweeps.write(tmp, TinySweeps.TINY + "sweep.grid { mixing = [clean, asymmetric], sigma = [0.01, 0.02] }\n"
                + "baselines.kinds = [naive]\n");
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + out + "\"", "--dry-run");
        assertThat(cli.exit()).as(cli.err()).isZero();
        // clean has no σ, so 3 grid points: clean, asymmetric at 0.01 and at 0.02; each has one naive baseline per seed
        assertThat(cli.out()).startsWith("sweep tiny (task cc): 6 runs = 3 grid points × 2 seeds\n")
                .contains("  sweep.grid.mixing = [clean, asymmetric]\n", "  sweep.grid.sigma = [0.01, 0.02]\n",
                        "  sweep.seeds = [0, 1]\n", "baselines: 6 tasks (naive)\n",
                        "output: " + out + ": holds 0 of these 6 runs and 0 of the 6 baseline tasks; the sweep would train 6"
                                + " and compute 6\n")
                .endsWith("valid; nothing trained or written (--dry-run)\n");
        assertThat(out).doesNotExist();
        Cli invalid = Cli.run("sweep", conf.toString(), "--set", "train.steps=0", "--dry-run");
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("train.steps: 0 is not an integer ≥ 1");
    }

    /** Over an output that holds part of the sweep: what the sweep would skip and train, and the output left as it was. */
    @Test
    void aDryRunCountsWhatTheOutputHoldsAndTouchesNothing() throws Exception {
        Path conf = TinySweeps.write(tmp, TinySweeps.TINY + "sweep.grid.sigma = [0.01]\n");
        String output = "sweep.output=\"" + tmp.resolve("out") + "\"";
        assertThat(Cli.run("sweep", conf.toString(), "--set", output).exit()).isZero();
        Map<Path, FileTime> before = files(tmp.resolve("out"));
        Cli cli = Cli.run("sweep", conf.toString(), "--set", output, "--set", "sweep.seeds=[0, 1, 2]", "--dry-run");
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains(": holds 2 of these 3 runs; the sweep would train 1\n");
        assertThat(files(tmp.resolve("out"))).isEqualTo(before);
    }

    private static Map<Path, FileTime> files(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            Map<Path, FileTime> times = new TreeMap<>();
            for (Path p : all.toList()) {
                times.put(p, Files.getLastModifiedTime(p));
            }
            return times;
        }
    }
}
