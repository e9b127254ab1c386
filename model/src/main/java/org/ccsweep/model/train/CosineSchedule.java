package org.ccsweep.model.train;

/**
 * Cosine annealing to 0 over the whole run, as PyTorch's {@code CosineAnnealingLR(T_max = T,
 * eta_min = 0)} stepped once per optimiser step: step t = 0, …, T − 1 uses
 * lr_t = lr · (1 + cos(π t / T)) / 2.
 */
public final class CosineSchedule {
    private final double lr;
    private final int totalSteps;

    public CosineSchedule(double lr, int totalSteps) {
        if (totalSteps < 1) {
            throw new IllegalArgumentException("steps must be ≥ 1, got " + totalSteps);
        }
        this.lr = lr;
        this.totalSteps = totalSteps;
    }

    /** The learning rate of 0-based step t. */
    public double lr(int t) {
        return lr * (1.0 + Math.cos(Math.PI * t / totalSteps)) / 2.0;
    }
}
