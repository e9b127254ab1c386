package org.ccsweep.model.train;

/**
 * The thinned training curve: the steps 1..T split into P = min(points, T) consecutive windows,
 * window w ending at step ⌊(w + 1) · T / P⌋; each point is the mean training loss over its window.
 */
public final class TrainingCurve {
    private final int totalSteps;
    private final int[] windowEnd;
    private final double[] windowMean;
    private int window;
    private int stepsSeen;
    private double sum;
    private int count;

    public TrainingCurve(int totalSteps, int points) {
        if (points < 1) {
            throw new IllegalArgumentException("curve points must be ≥ 1, got " + points);
        }
        this.totalSteps = totalSteps;
        int p = Math.min(points, totalSteps);
        this.windowEnd = new int[p];
        this.windowMean = new double[p];
        for (int w = 0; w < p; w++) {
            windowEnd[w] = (int) ((long) (w + 1) * totalSteps / p);
        }
    }

    /** Records the loss of the next step (steps arrive in order 1, 2, …, T). */
    public void add(double loss) {
        stepsSeen++;
        sum += loss;
        count++;
        if (stepsSeen == windowEnd[window]) {
            windowMean[window] = sum / count;
            window++;
            sum = 0.0;
            count = 0;
        }
    }

    /** The last 1-based step of each window. */
    public int[] steps() {
        checkComplete();
        return windowEnd.clone();
    }

    /** The mean loss of each window. */
    public double[] loss() {
        checkComplete();
        return windowMean.clone();
    }

    /** The mean loss of the last window. */
    public double finalLoss() {
        checkComplete();
        return windowMean[windowMean.length - 1];
    }

    private void checkComplete() {
        if (stepsSeen != totalSteps) {
            throw new IllegalStateException("curve has " + stepsSeen + " of " + totalSteps + " steps");
        }
    }
}
