package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.SeedStreams;

/**
 * The streams of a U-AND run beyond the init and training batches: the metrics' inputs (the eval stream
 * itself, so that every read-off and every bisection probe of a run is measured on the same inputs), and
 * streams derived from the eval and train streams for the loss profile and the ridge fit, so that no
 * measurement's inputs depend on how many another one drew.
 */
final class UandStreams {
    private static final long PROFILE = 0x50524F46494CL;
    private static final long RIDGE = 0x5249444745L;

    private UandStreams() {
    }

    static Rng metrics(SeedStreams streams) {
        return streams.eval();
    }

    static Rng profile(SeedStreams streams) {
        return new Rng(Rng.mix64(streams.eval().nextLong() ^ PROFILE));
    }

    static Rng ridge(SeedStreams streams) {
        return new Rng(Rng.mix64(streams.train().nextLong() ^ RIDGE));
    }
}
