package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Values that cannot work are refused before anything starts: an array past Java's int range (an n that
 * overflows n², a batch of B · n entries), or runs that do not fit the heap of the JVM that would train
 * them embedded, each named with what it needs and what there is.
 */
class SizeChecksTest {
    /** The heap the checks compare with: footprints of 24 GB (B = 5,000,000, n = 100, d = 50) do not fit. */
    private static final long FOUR_GB = 4L << 30;

    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void anArrayPastTheIntRange() {
        fx.rejects("model.n-features = 10000000\n")
                .hasMessageContaining(":1: model.n-features: 10000000 makes M an n × n matrix of 100000000000000 entries, "
                        + "more than a Java array holds (2147483639)");
        fx.rejects("train.batch = 1000000000\n")
                .hasMessageContaining(":1: train.batch: 1000000000 makes a batch of batch × model.n-features (100) of "
                        + "100000000000 entries");
        fx.rejects("sweep.grid.mixing = [embedding]\nmodel.d-embed = 100000000\n")
                .hasMessageContaining(":2: model.d-embed: 100000000 makes the embedding W_E");
    }

    @Test
    void runsThatDoNotFitTheHeapOfTheEmbeddedJvm() throws IOException {
        Path conf = Files.writeString(fx.dir.resolve("big.conf"), "train.batch = 5000000\nengine.cores = 2\n");
        assertThatThrownBy(() -> SweepSpecs.loadEmbedded(conf, List.of("sweep.output=\"" + fx.dir.resolve("out") + "\""),
                FOUR_GB)).isInstanceOf(SweepConfigException.class)
                .hasMessageStartingWith(conf + ":1: train.batch: 5000000 needs about 24.2 GB per run (40·B·n + 24·B·d + 16·n² "
                        + "bytes at B = train.batch, n = model.n-features, d = model.d-mlp), 48.4 GB for the 2 runs this "
                        + "machine trains at once (engine.cores), and this JVM has 4.0 GB");
        assertThat(fx.dir.resolve("out")).doesNotExist();
    }

    @Test
    void anAxisValueThatDoesNotFitIsNamedByItsAxis() throws IOException {
        Path conf = Files.writeString(fx.dir.resolve("axis.conf"), "sweep.grid {\n  \"train.batch\" = [2048, 5000000]\n}\n");
        assertThatThrownBy(() -> SweepSpecs.loadEmbedded(conf, List.of("sweep.output=\"" + fx.dir.resolve("out") + "\""),
                FOUR_GB)).hasMessageStartingWith(conf + ":2: sweep.grid.\"train.batch\": 5000000 needs about 24.2 GB per run");
    }

    @Test
    void thePapersRecipeFitsAndASubmittedSweepIsLeftToTheCluster() throws IOException {
        Path paper = Files.writeString(fx.dir.resolve("paper.conf"), "");
        assertThat(SweepSpecs.loadEmbedded(paper, List.of("sweep.output=\"" + fx.dir.resolve("a") + "\""), FOUR_GB).runs())
                .hasSize(3);
        Path big = Files.writeString(fx.dir.resolve("big.conf"), "train.batch = 5000000\n");
        assertThat(SweepSpecs.load(big, List.of("sweep.output=\"" + fx.dir.resolve("b") + "\"")).runs()).hasSize(3);
    }
}
