package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed (SIGKILL) after its first committed chunk and run again trains only the missing
 * runs and leaves no duplicate row in any table.
 */
class KillResumeTest {
    /** 8 runs, one at a time, a chunk each, each a few hundred milliseconds: time to kill midway. */
    static final String SWEEP = """
            sweep { name = resume, seeds = [0, 1, 2, 3], grid.sigma = [0.02, 0.04] }
            train { steps = 300, batch = 512, curve-points = 10 }
            eval { p = [0.01, 0.1], target-rel-se = 0.01, pilot-per-k = 200, max-samples = 20000 }
            engine { cores = 1, chunk-size = 1 }
            """;

    @TempDir
    Path tmp;

    @Test
    void killedSweepResumesWithoutDuplicates() throws Exception {
        Path conf = TinySweeps.write(tmp, SWEEP);
        Path out = tmp.resolve("out");
        String output = "sweep.output=\"" + out + "\"";

        Process sweep = start("sweep", conf.toString(), "--set", output);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committedParts(out) == 0 && sweep.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        sweep.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int committed;
        try (ResultStore store = ResultStore.open(out.toUri(), new Configuration())) {
            committed = store.committedRunIds().size();
        }
        assertThat(committed).as("runs committed before the kill").isBetween(1, 7);

        Cli again = Cli.run("sweep", conf.toString(), "--set", output);
        assertThat(again.exit()).isZero();
        Matcher skipped = Pattern.compile("skipped (\\d+) already in .*, training (\\d+)").matcher(again.err());
        assertThat(skipped.find()).isTrue();
        assertThat(Integer.parseInt(skipped.group(1))).isEqualTo(committed);
        assertThat(Integer.parseInt(skipped.group(2))).isEqualTo(8 - committed);

        SparkSession spark = TestSpark.session();
        Views.register(spark, out.toUri());
        for (String[] table : new String[][] {{"runs", "run_id"}, {"profiles", "run_id, p_eval"},
                {"curves", "run_id, step"}, {"weights", "run_id"}}) {
            var counts = spark.sql("SELECT count(*), count(DISTINCT " + table[1] + ") FROM " + table[0]).first();
            assertThat(counts.getLong(0)).as(table[0] + " rows").isEqualTo(counts.getLong(1));
        }
        var totals = spark.sql("SELECT (SELECT count(*) FROM runs WHERE status = 'ok'), (SELECT count(*) FROM profiles),"
                + " (SELECT count(*) FROM curves), (SELECT count(*) FROM weights)").first();
        assertThat(List.of(totals.getLong(0), totals.getLong(1), totals.getLong(2), totals.getLong(3)))
                .containsExactly(8L, 16L, 80L, 8L);
    }

    /** The chunk markers in the output: a chunk is committed when its marker is. */
    static long committedParts(Path out) throws Exception {
        Path commits = out.resolve("_commits");
        if (!Files.isDirectory(commits)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(commits)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

    private static Process start(String... args) throws Exception {
        return CliProcess.builder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
