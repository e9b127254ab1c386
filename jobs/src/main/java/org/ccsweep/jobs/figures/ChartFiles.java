package org.ccsweep.jobs.figures;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** A chart drawn at a figure's size as PNG bytes or as an SVG document; most figures are WIDTH × HEIGHT. */
public final class ChartFiles {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 600;

    private ChartFiles() {
    }

    public static byte[] png(JFreeChart chart, Dimension size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, size.width, size.height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String svg(JFreeChart chart, Dimension size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width, size.height);
        chart.draw(g, new Rectangle(0, 0, size.width, size.height));
        return g.getSVGDocument();
    }
}
