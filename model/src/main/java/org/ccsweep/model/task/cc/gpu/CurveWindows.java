package org.ccsweep.model.task.cc.gpu;

import java.util.Arrays;

/**
 * {@link org.ccsweep.model.train.TrainingCurve}'s windows, known ahead for the device: steps 1..T in
 * P = min(points, T) windows, window w ending at step ⌊(w + 1) · T / P⌋. train_step adds each step's
 * loss to a per-model sum and, at a window's last step, writes sum / length as its point.
 */
final class CurveWindows {
    private final int[] ends;
    private final int[] windowEndingAt;

    CurveWindows(int steps, int points) {
        int p = Math.min(points, steps);
        this.ends = new int[p];
        this.windowEndingAt = new int[steps];
        Arrays.fill(windowEndingAt, -1);
        for (int w = 0; w < p; w++) {
            ends[w] = (int) ((long) (w + 1) * steps / p);
            windowEndingAt[ends[w] - 1] = w;
        }
    }

    int points() {
        return ends.length;
    }

    /** The last 1-based step of each window. */
    int[] ends() {
        return ends.clone();
    }

    /** The window whose last step is 0-based step t, or −1. */
    int windowEndingAt(int t) {
        return windowEndingAt[t];
    }

    /** The number of steps in window w. */
    int length(int w) {
        return ends[w] - (w == 0 ? 0 : ends[w - 1]);
    }
}
