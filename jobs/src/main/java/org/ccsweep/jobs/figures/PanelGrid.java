package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

/**
 * XY plots laid out row by row in a grid of equal cells, each drawn with its own axes under its panel
 * title: a paper figure made of several panels (Figure 7 left's six heatmaps) as one chart, so that the
 * chart's subtitles (a shared colour-scale legend) serve them all. JFreeChart's combined plots share
 * one axis along a single row or column and cannot hold a grid.
 */
final class PanelGrid extends Plot {
    private static final int TITLE_HEIGHT = 24;

    private final int columns;
    private final List<String> titles = new ArrayList<>();
    private final List<XYPlot> panels = new ArrayList<>();

    PanelGrid(int columns) {
        this.columns = columns;
    }

    /** The next cell, left to right then top to bottom. */
    PanelGrid add(String title, XYPlot panel) {
        titles.add(title);
        panels.add(ChartStyle.style(panel));
        return this;
    }

    List<XYPlot> panels() {
        return List.copyOf(panels);
    }

    List<String> titles() {
        return List.copyOf(titles);
    }

    @Override
    public String getPlotType() {
        return "Panel grid";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        int rows = (panels.size() + columns - 1) / columns;
        double width = area.getWidth() / columns;
        double height = area.getHeight() / rows;
        g2.setFont(ChartStyle.LABEL);
        FontMetrics metrics = g2.getFontMetrics();
        for (int i = 0; i < panels.size(); i++) {
            double x = area.getX() + (i % columns) * width;
            double y = area.getY() + (i / columns) * height;
            g2.setPaint(Color.BLACK);
            g2.setFont(ChartStyle.LABEL);
            g2.drawString(titles.get(i), (float) (x + (width - metrics.stringWidth(titles.get(i))) / 2),
                    (float) (y + TITLE_HEIGHT - metrics.getDescent() - 2));
            panels.get(i).draw(g2, new Rectangle2D.Double(x, y + TITLE_HEIGHT, width, height - TITLE_HEIGHT), null,
                    parentState, null);
        }
    }
}
