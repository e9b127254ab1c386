package org.ccsweep.jobs.figures;

import java.awt.Dimension;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * One figure of the paper, drawn from SQL queries over the result views only (see
 * {@link org.ccsweep.jobs.tables.Views}); it never reads weights or trains anything itself.
 */
public interface Figure {
    /** The family's section of the report the figure belongs to. */
    Section section();

    /** The file stem of its PNG and SVG, e.g. {@code fig2-profiles}. */
    String name();

    /** What it shows, for the report. */
    String caption();

    /** What rows it needs, for the note when the results lack them. */
    String needs();

    /** Its size in pixels: {@link ChartFiles#WIDTH} × {@link ChartFiles#HEIGHT} unless a panel set needs more. */
    default Dimension size() {
        return new Dimension(ChartFiles.WIDTH, ChartFiles.HEIGHT);
    }

    /** The chart, or empty when the views hold no rows it can draw. */
    Optional<JFreeChart> chart(SparkSession spark);
}
