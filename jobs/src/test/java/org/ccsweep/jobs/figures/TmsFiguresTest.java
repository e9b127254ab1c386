package org.ccsweep.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TmsTables;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three TMS figures from hand-made tables holding one sweep of each kind, two seeds per point (seed 1 with the
 * lower L/p, so it is each point's best seed): an intro sweep (n = 5, m = 2, three p), a uniform geometry sweep
 * (n = 20, m = 2, three p) and a phase sweep (n = 2, m = 1, two p × two relative importances); each figure draws
 * only its own sweep, from the best seeds, and renders.
 */
class TmsFiguresTest {
    @TempDir
    static Path results;
    static SparkSession spark;

    @BeforeAll
    static void write() {
        List<RunOutcome> runs = new ArrayList<>();
        for (long seed = 0; seed < 2; seed++) {
            double worse = seed == 0 ? 0.01 : 0;
            for (double p : new double[] {1, 0.3, 0.05}) {
                runs.add(TmsTables.run(TmsTables.spec(seed, p, 5, 2, 0.9), TmsTables.circle(5, seed == 0 ? 3 : 5), 0.05 + worse));
                runs.add(TmsTables.run(TmsTables.spec(seed, p, 20, 2, 1), TmsTables.circle(20, seed == 0 ? 2 : 4), 0.2 + worse));
            }
            for (double p : new double[] {1, 0.01}) {
                for (double r : new double[] {0.5, 2}) {
                    float[] w = p == 1 ? (r < 1 ? new float[] {1, 0} : new float[] {0, 1}) : new float[] {1, -1};
                    runs.add(TmsTables.run(TmsTables.spec(seed, p, 2, 1, r), seed == 0 ? new float[] {1, 1} : w, 0.1 + worse));
                }
            }
        }
        TmsTables.write(results, runs);
        spark = TestSpark.session();
        Views.register(spark, results.toUri());
    }

    @Test
    void introColumnsArePanelsOfTheBestSeedsFromDenseToSparse() {
        JFreeChart chart = render(new TmsIntroColumns());
        PanelGrid grid = (PanelGrid) chart.getPlot();
        assertThat(grid.titles()).containsExactly("p = 1, L/p 0.05", "p = 0.3, L/p 0.05", "p = 0.05, L/p 0.05");
        XYDataset columns = grid.panels().get(2).getDataset();
        assertThat(columns.getSeriesCount()).isEqualTo(5);
        assertThat(columns.getXValue(4, 1)).as("the pentagon's fifth vertex, cos 288°")
                .isEqualTo((double) (float) Math.cos(2 * Math.PI * 4 / 5));
    }

    @Test
    void dimensionalityIsTheBestSeedsDStarAndEveryFeature() {
        JFreeChart chart = render(new TmsDimensionality());
        XYPlot plot = chart.getXYPlot();
        XYDataset dStar = plot.getDataset(0);
        assertThat(dStar.getItemCount(0)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(dStar.getYValue(0, i)).as("D* of the best seed (a square: m / ‖W‖² = 2 / 4)").isEqualTo(0.5);
        }
        assertThat(plot.getDataset(1).getItemCount(0)).as("the square's 4 features at each p; W_i = 0 has no D_i")
                .isEqualTo(12);
        assertThat(plot.getDataset(1).getYValue(0, 0)).isEqualTo(0.5);
    }

    @Test
    void phaseDiagramColoursEachCellByItsBestSeed() {
        JFreeChart chart = render(new TmsPhaseDiagram());
        XYZDataset cells = (XYZDataset) chart.getXYPlot().getDataset();
        assertThat(cells.getItemCount(0)).isEqualTo(4);
        for (int c = 0; c < 4; c++) {
            double dense = cells.getXValue(0, c) == 1 ? 1 : 0;
            double important = cells.getYValue(0, c);
            double expected = dense == 0 ? 2 : important == 1 ? 1 : 0;
            assertThat(cells.getZValue(0, c)).as("cell %s", c).isEqualTo(expected);
        }
    }

    private static JFreeChart render(Figure figure) {
        JFreeChart chart = figure.chart(spark).orElseThrow();
        assertThat(ChartFiles.png(chart, figure.size())).isNotEmpty();
        return chart;
    }
}
