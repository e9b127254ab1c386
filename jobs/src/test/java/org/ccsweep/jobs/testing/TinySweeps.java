package org.ccsweep.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.config.SweepSpecs;

/** Small real sweeps for end-to-end tests: the paper's recipe shrunk to a fraction of a second per run. */
public final class TinySweeps {
    /** Trains in well under a second per run: 50 steps of 256 samples, two evaluation points. */
    public static final String TINY = """
            sweep { name = tiny, seeds = [0, 1] }
            train { steps = 50, batch = 256, curve-points = 10 }
            eval { p = [0.01, 0.1], target-rel-se = 0.01, pilot-per-k = 200, max-samples = 20000 }
            """;

    private TinySweeps() {
    }

    public static Path write(Path dir, String text) {
        try {
            return Files.writeString(dir.resolve("sweep-" + Math.abs(text.hashCode()) + ".conf"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SweepSpec load(Path dir, String text, Path output, String... sets) {
        List<String> all = new ArrayList<>(List.of("sweep.output=\"" + output + "\""));
        all.addAll(List.of(sets));
        return SweepSpecs.load(write(dir, text), all);
    }
}
