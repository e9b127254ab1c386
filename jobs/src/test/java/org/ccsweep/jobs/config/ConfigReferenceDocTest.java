package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's config reference documents every key of reference.conf, and no key that is gone. */
class ConfigReferenceDocTest {

    @Test
    void everyKeyIsDocumented() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int from = readme.indexOf("\n## Config reference");
        assertThat(from).as("README has a Config reference section").isPositive();
        int to = readme.indexOf("\n## ", from + 1);
        String doc = readme.substring(from, to < 0 ? readme.length() : to);
        List<String> keys = ReferenceKeys.all();
        assertThat(keys).hasSizeGreaterThan(25);
        for (String key : keys) {
            assertThat(doc).as("documents " + key).contains("| `" + key + "` |");
        }
        assertThat(doc.split("\n\\| `").length - 1).as("documented keys").isEqualTo(keys.size());
    }
}
