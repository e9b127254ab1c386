package org.ccsweep.jobs.figures;

import java.awt.Color;

/** Markers drawn over a chart's bands, optionally joined by a dotted line (Figure 2's "evaluated at p_train"). */
public record Points(String label, Color color, double[] x, double[] y, boolean joined) {
    public Points {
        if (y.length != x.length) {
            throw new IllegalArgumentException(label + ": x and y differ in length");
        }
    }
}
