package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/** Legend entries written by hand, for charts with too many series to list (one per feature or neuron). */
final class FixedLegend {
    private final LegendItemCollection items = new LegendItemCollection();

    FixedLegend line(String label, Color color, Stroke stroke) {
        items.add(new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, color));
        return this;
    }

    FixedLegend box(String label, Color color) {
        Shape box = new Rectangle2D.Double(-6, -6, 12, 12);
        items.add(new LegendItem(label, null, null, null, box, color));
        return this;
    }

    FixedLegend dot(String label, Color color) {
        items.add(new LegendItem(label, null, null, null, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8), color));
        return this;
    }

    LegendItemCollection items() {
        return items;
    }
}
