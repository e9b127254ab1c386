package org.ccsweep.jobs.figures;

import java.awt.Color;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;

/** The paper's colours: kinds of M as in its Figure 5, and sparse (violet) to dense (green) training as in Figure 2. */
public final class Palette {
    static final Color VIOLET = new Color(0x6a, 0x1b, 0x9a);
    static final Color GREEN = new Color(0x2e, 0x9d, 0x4a);
    static final Color BLUE = new Color(0x1f, 0x77, 0xb4);
    static final Color ORANGE = new Color(0xff, 0x7f, 0x0e);
    static final Color RED = new Color(0xd6, 0x27, 0x28);
    static final Color YELLOW = new Color(0xe0, 0xb0, 0x00);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** Anchors of matplotlib's magma colour map (black, purple, red, orange, pale yellow), the paper's Figure 7 heatmaps. */
    private static final Color[] MAGMA = {new Color(0x00, 0x00, 0x04), new Color(0x3b, 0x0f, 0x70), new Color(0x8c, 0x29, 0x81),
        new Color(0xde, 0x49, 0x68), new Color(0xfe, 0x9f, 0x6d), new Color(0xfc, 0xfd, 0xbf)};

    private Palette() {
    }

    /**
     * Magma from 0 (black) to {@code top} (pale yellow) in 64 steps, linear between the anchors; values
     * above {@code top} take the top colour.
     */
    static PaintScale magma(double top) {
        double upper = top > 0 ? top : 1;
        LookupPaintScale scale = new LookupPaintScale(0, upper, MAGMA[MAGMA.length - 1]);
        for (int s = 0; s < 64; s++) {
            double f = s / 63.0 * (MAGMA.length - 1);
            int a = Math.min((int) f, MAGMA.length - 2);
            double t = f - a;
            scale.add(upper * s / 64, new Color(mix(MAGMA[a].getRed(), MAGMA[a + 1].getRed(), t),
                    mix(MAGMA[a].getGreen(), MAGMA[a + 1].getGreen(), t), mix(MAGMA[a].getBlue(), MAGMA[a + 1].getBlue(), t)));
        }
        return scale;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    /** Embedding blue, asymmetric green, symmetric red, clean yellow (the paper's Figure 5); others grey. */
    static Color mixing(String kind) {
        return switch (kind) {
            case "embedding" -> BLUE;
            case "asymmetric" -> GREEN;
            case "symmetric" -> RED;
            case "clean" -> YELLOW;
            default -> GREY;
        };
    }

    /**
     * Violet at p = 1e-3 to green at p = 1, linear in log p, through blue and teal (hue interpolated,
     * so the middle stays as saturated as the ends).
     */
    static Color sparseToDense(double p) {
        double t = Math.max(0, Math.min(1, (Math.log10(p) + 3) / 3));
        float violet = 280f / 360;
        float green = 130f / 360;
        return Color.getHSBColor((float) (violet + (green - violet) * t), 0.8f, 0.72f - 0.1f * (float) t);
    }
}
