package org.ccsweep.jobs.pins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a pin file of test resources/pins: sections headed {@code # name ...}, each a list of lines. */
final class Pins {
    private Pins() {
    }

    static String resource(String name) {
        try (InputStream in = Pins.class.getResourceAsStream("/pins/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /pins/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Section name (the first word after '#') to its lines, in file order. */
    static Map<String, List<String>> sections(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : resource(name).split("\n")) {
            if (line.startsWith("# ")) {
                current = new ArrayList<>();
                sections.put(line.substring(2).split(" ")[0], current);
            } else if (!line.isBlank()) {
                current.add(line);
            }
        }
        return sections;
    }
}
