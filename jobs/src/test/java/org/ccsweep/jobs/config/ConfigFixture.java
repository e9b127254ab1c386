package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes a sweep file into a temporary directory and loads it with the output pointed inside that directory. A JUnit
 * extension ({@code @RegisterExtension final ConfigFixture fx = new ConfigFixture();}): each test gets a fresh
 * directory, removed after it.
 */
final class ConfigFixture implements BeforeEachCallback, AfterEachCallback {
    Path dir;
    Path conf;
    Path output;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("ccsweep-config-");
        conf = dir.resolve("sweep.conf");
        output = dir.resolve("out");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
