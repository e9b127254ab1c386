package org.ccsweep.model.run;

/**
 * Derives independent random streams from a run's seeds (architecture.md, "Seeds"): the mixing
 * matrix M from {@code mixingSeed} (so a sweep can pin one M for many runs), and weights init,
 * training batches and evaluation samples from {@code seed}. Each call returns a fresh stream at its
 * start, so the order in which a run asks for streams never changes their numbers.
 */
public final class SeedStreams {
    private static final long MIXING = 0x4D49584D4958L;
    private static final long INIT = 0x494E4954494EL;
    private static final long TRAIN = 0x545241494E54L;
    private static final long EVAL = 0x4556414C4556L;

    private final long seed;
    private final long mixingSeed;

    public SeedStreams(long seed, long mixingSeed) {
        this.seed = seed;
        this.mixingSeed = mixingSeed;
    }

    public static SeedStreams of(RunSpec spec) {
        return new SeedStreams(spec.seed(), spec.mixingSeed());
    }

    public Rng mixing() {
        return stream(mixingSeed, MIXING);
    }

    public Rng init() {
        return stream(seed, INIT);
    }

    public Rng train() {
        return stream(seed, TRAIN);
    }

    public Rng eval() {
        return stream(seed, EVAL);
    }

    private static Rng stream(long seed, long salt) {
        return new Rng(Rng.mix64(Rng.mix64(seed) ^ salt));
    }
}
