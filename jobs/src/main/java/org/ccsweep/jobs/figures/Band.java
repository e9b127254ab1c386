package org.ccsweep.jobs.figures;

import java.awt.Color;

/**
 * One line of a chart with its shaded 95 % band: at each x, the seed mean and the interval's ends
 * (equal to the mean where a point has a single seed).
 */
public record Band(String label, Color color, double[] x, double[] mean, double[] low, double[] high) {
    public Band {
        if (mean.length != x.length || low.length != x.length || high.length != x.length) {
            throw new IllegalArgumentException(label + ": x, mean, low and high differ in length");
        }
    }
}
