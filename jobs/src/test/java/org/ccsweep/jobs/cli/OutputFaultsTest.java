package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.testing.FullDiskFileSystem;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fault of a place the CLI writes ends in one line naming the path and exit 2, never a stack
 * trace: an output the machine cannot create or reach, a full disk, a name too long, an --out that
 * cannot be written (checked before any work).
 */
class OutputFaultsTest {
    @TempDir
    Path tmp;

    @Test
    void anOutputUnderProcCannotBeCreated() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        assertOneLineNaming(sweep("/proc/ccsweep-test"), "/proc/ccsweep-test");
    }

    @Test
    void anUnknownSchemeOrAMissingConnectorNamesTheScheme() {
        assertOneLineNaming(sweep("nosuch://host/results"), "nosuch://host/results: no Hadoop file system for scheme \"nosuch\"");
        assertOneLineNaming(sweep("s3a://bucket/results"), "s3a://bucket/results: no Hadoop file system for scheme \"s3a\" on the"
                + " class path (file: and hdfs: are built in; s3a: needs hadoop-aws, see docs/cluster.md)");
    }

    @Test
    void readingFromASchemeWithoutItsConnectorIsOneLine() {
        String message = "s3a://bucket/results: no Hadoop file system for scheme \"s3a\" on the class path";
        assertOneLineNaming(Cli.run("verify", "s3a://bucket/results"), "ccsweep verify: " + message);
        assertOneLineNaming(Cli.run("sql", "s3a://bucket/results", "SELECT 1"), "ccsweep sql: " + message);
    }

    @Test
    void anUnreachableHdfsHostIsOneLine() {
        TestSpark.session().sparkContext().hadoopConfiguration().setInt("ipc.client.connect.max.retries", 0);
        assertOneLineNaming(sweep("hdfs://127.0.0.1:1/results"), "hdfs://127.0.0.1:1/results: cannot create the output directory: ");
    }

    @Test
    void aFullDiskNamesTheFileItCouldNotWriteAndCommitsNothing() throws Exception {
        Configuration hadoop = TestSpark.session().sparkContext().hadoopConfiguration();
        hadoop.set("fs.full.impl", FullDiskFileSystem.class.getName());
        hadoop.setBoolean("fs.full.impl.disable.cache", true);
        Path out = tmp.resolve("out");
        Cli cli = sweep(FullDiskFileSystem.SCHEME + "://" + out);
        // After the sweep's progress lines, the fault on one line.
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err().lines().filter(l -> !l.startsWith("[ccsweep] ")).toList())
                .containsExactly("full:" + out + "/_staging/part-000000/profiles.parquet: cannot commit chunk 0: No space left on device");
        try (var markers = Files.list(out.resolve("_commits"))) {
            assertThat(markers.toList()).isEmpty();
        }
    }

    @Test
    void aSweepNameTooLongForTheFileSystemIsRejectedBeforeAnythingIsWritten() throws Exception {
        String name = "n".repeat(260);
        Path conf = TinySweeps.write(tmp, TinySweeps.TINY);
        Cli cli = Cli.run("sweep", conf.toString(), "--set", "sweep.name=" + name,
                "--set", "sweep.output=\"" + tmp + "/\"${sweep.name}");
        assertOneLineNaming(cli, "sweep.output: \"" + tmp + "/" + name + "\" has a name of 260 bytes (nnnnnnnnnnnn…nnnnnnnn); file"
                + " systems allow at most 255 bytes per name");
        assertThat(cli.err()).startsWith("--set: sweep.output: ");
        try (var written = Files.list(tmp)) {
            assertThat(written.toList()).as("the output's directory holds the sweep file only").containsExactly(conf);
        }
    }

    /** The default output, results/${sweep.name}, is blamed on where the name was set, not on a merge of sources. */
    @Test
    void aTooLongNameInTheDefaultOutputIsBlamedOnWhereTheNameWasSet() {
        String name = "n".repeat(260);
        Path conf = TinySweeps.write(tmp, TinySweeps.TINY + "\nsweep.name = " + name + "\n");
        int line = (int) (TinySweeps.TINY + "\n").lines().count() + 1;
        Cli cli = Cli.run("sweep", conf.toString(), "--dry-run");
        assertOneLineNaming(cli, conf + ":" + line + ": sweep.output: \"results/" + name + "\" has a name of 260 bytes");
        assertThat(cli.err()).startsWith(conf + ":" + line + ": ");
        Cli set = Cli.run("sweep", TinySweeps.write(tmp, TinySweeps.TINY).toString(), "--set", "sweep.name=" + name, "--dry-run");
        assertThat(set.err()).startsWith("--set: sweep.output: \"results/" + name + "\" has a name of 260 bytes");
    }

    @Test
    void reportToAnExistingDirectoryFailsBeforeAnyWork() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("report.html"));
        // The results directory does not exist: the --out check comes first, before Spark and the results.
        Cli cli = Cli.run("report", tmp.resolve("no-results").toString(), "--out", dir.toString());
        assertOneLineNaming(cli, "ccsweep report: " + dir + " is a directory; --out names the file to write");
    }

    @Test
    void figuresIntoAPlaceThatCannotBeADirectoryFailBeforeAnyWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Cli under = Cli.run("figures", tmp.resolve("no-results").toString(), "--out", file.resolve("figs").toString());
        assertOneLineNaming(under, "ccsweep figures: " + file.resolve("figs") + " cannot be created: " + file + " is not a directory");
        Cli onto = Cli.run("figures", tmp.resolve("no-results").toString(), "--out", file.toString());
        assertOneLineNaming(onto, "ccsweep figures: " + file + " is a file; --out names the directory to write into");
    }

    private Cli sweep(String output) {
        return Cli.run("sweep", TinySweeps.write(tmp, TinySweeps.TINY).toString(), "--set", "sweep.output=\"" + output + "\"");
    }

    private static void assertOneLineNaming(Cli cli, String message) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertThat(cli.err().strip()).as("one line").doesNotContain("\n");
    }
}
