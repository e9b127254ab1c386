package org.ccsweep.model.train;

/** Training produced a non-finite loss; the run has no meaningful result. */
public final class DivergedException extends RuntimeException {
    private final int step;
    private final double loss;

    /** @param step 1-based step whose loss was not finite */
    public DivergedException(int step, double loss) {
        super("training diverged at step " + step + ": loss = " + loss);
        this.step = step;
        this.loss = loss;
    }

    public int step() {
        return step;
    }

    public double loss() {
        return loss;
    }
}
