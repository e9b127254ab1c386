package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sweep file under conf/ (not conf/cluster/, Spark properties files) loads and validates (a typo there fails the build), and every paper
 * sweep's header says what it reproduces, the claim, how long it takes, and as many runs (and baseline
 * tasks) as it expands to.
 */
class ConfFilesTest {
    private static final Path CONF = Path.of("../conf");
    private static final Path SPARK_PROPERTIES = CONF.resolve("cluster");
    private static final Pattern RUNS = Pattern.compile("# Runs: [^\\n]*?= (\\d+)\\.");
    private static final Pattern BASELINES = Pattern.compile("Baseline tasks: [^\\n]*= (\\d+)\\.");

    @TempDir
    Path tmp;

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".conf") && !f.startsWith(SPARK_PROPERTIES)).sorted().toList();
        }
    }

    private SweepSpec load(Path file) {
        return SweepSpecs.load(file, List.of("sweep.output=\"" + tmp.resolve(file.getFileName().toString()) + "\""));
    }

    @Test
    void everyConfFileValidates() throws IOException {
        List<Path> files = files(CONF);
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        for (Path file : files) {
            assertThat(load(file).runs()).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void paperSweepsSayWhatTheyAreAndCountTheirRuns() throws IOException {
        List<String> names = files(CONF.resolve("paper")).stream().map(f -> f.getFileName().toString()).toList();
        assertThat(names).contains("fig2.conf", "fig3-4.conf", "fig5-left.conf", "fig5-right.conf", "fig6.conf",
                "fig7-8.conf", "fig9.conf", "fig10.conf", "rank.conf", "residual.conf");
        for (Path file : files(CONF.resolve("paper"))) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).startsWith("# ").contains("# Reproduces: ", "claim",
                    "# How long on 2 cores: ");
            SweepSpec sweep = load(file);
            Matcher runs = RUNS.matcher(text);
            assertThat(runs.find()).as(file + " states its runs").isTrue();
            int trained = sweep.baselines().only() ? 0 : sweep.runs().size();
            assertThat(trained).as(file + " runs").isEqualTo(Integer.parseInt(runs.group(1)));
            Matcher baselines = BASELINES.matcher(text);
            int tasks = BaselineExpander.expand(sweep).size();
            assertThat(baselines.find() ? Integer.parseInt(baselines.group(1)) : 0).as(file + " baseline tasks")
                    .isEqualTo(tasks);
            if (!sweep.baselines().only()) {
                assertThat(sweep.seeds()).as(file + " seeds").hasSizeGreaterThanOrEqualTo(5);
            }
        }
    }
}
