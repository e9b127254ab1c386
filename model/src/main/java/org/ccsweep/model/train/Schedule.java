package org.ccsweep.model.train;

/** How the learning rate moves over a run of T steps, step t = 0, …, T − 1 from the peak rate lr. */
public enum Schedule {
    /**
     * Cosine annealing to 0 over the whole run, as PyTorch's {@code CosineAnnealingLR(T_max = T,
     * eta_min = 0)} stepped once per optimiser step: lr_t = lr · (1 + cos(π t / T)) / 2 (the CC paper's).
     */
    COSINE,
    /** The peak rate at every step (the TMS notebook's). */
    CONSTANT;

    /** The learning rate of 0-based step t of {@code totalSteps}. */
    public double lr(double lr, int t, int totalSteps) {
        if (totalSteps < 1) {
            throw new IllegalArgumentException("steps must be ≥ 1, got " + totalSteps);
        }
        return this == CONSTANT ? lr : lr * (1.0 + Math.cos(Math.PI * t / totalSteps)) / 2.0;
    }
}
