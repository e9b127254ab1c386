package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;

/** Writes a sweep file into a temporary directory and loads it with the output pointed inside that directory. */
final class ConfigFixture {
    final Path dir;
    final Path conf;
    final Path output;

    ConfigFixture(Path dir) {
        this.dir = dir;
        this.conf = dir.resolve("sweep.conf");
        this.output = dir.resolve("out");
    }

    SweepSpec load(String text, String... sets) {
        write(text);
        List<String> all = new ArrayList<>(List.of("sweep.output=\"" + output + "\""));
        all.addAll(List.of(sets));
        return SweepSpecs.load(conf, all);
    }

    /** Asserts the sweep is rejected, that the message is one line, and that nothing was written. */
    AbstractThrowableAssert<?, ? extends Throwable> rejects(String text, String... sets) {
        var thrown = assertThatThrownBy(() -> load(text, sets)).isInstanceOf(SweepConfigException.class);
        thrown.extracting(Throwable::getMessage).asString().doesNotContain("\n");
        assertThat(output).doesNotExist();
        return thrown;
    }

    private void write(String text) {
        try {
            Files.writeString(conf, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
