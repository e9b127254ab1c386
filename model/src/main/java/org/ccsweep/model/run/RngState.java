package org.ccsweep.model.run;

/**
 * The 64-bit state of an {@link Rng}, for code that continues its stream elsewhere: the CUDA batch
 * sampler (model/src/main/cuda/splitmix.cuh) draws the i-th number after state s as
 * mix64(s + (i + 1) · γ), exactly what {@link Rng#nextLong} returns.
 */
public final class RngState {
    private RngState() {
    }

    /** The stream's state now: its next draw is {@code Rng.mix64(of(rng) + γ)}. */
    public static long of(Rng rng) {
        return rng.state;
    }
}
