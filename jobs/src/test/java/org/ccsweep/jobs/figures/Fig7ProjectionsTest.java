package org.ccsweep.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.ccsweep.jobs.testing.TestSpark;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figure 7 left from the hand-made analysed runs of {@link SyntheticResults#writeAnalysed} (n = 4, d = 2). */
class Fig7ProjectionsTest {
    @TempDir
    static Path results;
    static SparkSession spark;
    static JFreeChart chart;

    @BeforeAll
    static void draw() {
        SyntheticResults.write(results);
        SyntheticResults.writeAnalysed(results);
        spark = TestSpark.session();
        Views.register(spark, results.toUri());
        chart = new Fig7Projections().chart(spark).orElseThrow();
    }

    @Test
    void sixPanelsBasesByRowsWeightSidesByColumns() {
        PanelGrid grid = (PanelGrid) chart.getPlot();
        assertThat(grid.titles()).containsExactly("|E_i · W_in[:, k]|", "|E_i · W_out[k, :]|", "|V_i · W_in[:, k]|",
                "|V_i · W_out[k, :]|", "|U_i · W_in[:, k]|", "|U_i · W_out[k, :]|");
        assertThat(grid.panels().get(0).getDomainAxis().getLabel()).isEqualTo("E_i, i by descending eigenvalue");
        assertThat(grid.panels().get(5).getRangeAxis().getLabel()).isEqualTo("neuron k");
        assertThat(new Fig7Projections().size().height).isEqualTo(1000);
    }

    @Test
    void eachPanelHoldsTheAbsoluteProjectionsOfItsBasisAndSide() {
        String[][] order = {{"eigen", "in"}, {"eigen", "out"}, {"right_singular", "in"}, {"right_singular", "out"},
            {"left_singular", "in"}, {"left_singular", "out"}};
        String run = spark.sql("SELECT run_id FROM runs WHERE sweep = 'analysed' AND p_train = 0.001").first().getString(0);
        PanelGrid grid = (PanelGrid) chart.getPlot();
        for (int p = 0; p < 6; p++) {
            List<Row> rows = spark.sql("SELECT idx, neuron, value FROM projections WHERE run_id = '" + run + "' AND basis = '"
                    + order[p][0] + "' AND side = '" + order[p][1] + "' ORDER BY idx, neuron").collectAsList();
            XYZDataset cells = (XYZDataset) grid.panels().get(p).getDataset();
            assertThat(cells.getItemCount(0)).as(order[p][0] + "/" + order[p][1]).isEqualTo(8);
            List<double[]> drawn = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                drawn.add(new double[] {cells.getXValue(0, i), cells.getYValue(0, i), cells.getZValue(0, i)});
            }
            drawn.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
            for (int i = 0; i < 8; i++) {
                Row row = rows.get(i);
                assertThat(drawn.get(i)).containsExactly(row.getInt(0), row.getInt(1), Math.abs(row.getDouble(2)));
            }
        }
    }

    @Test
    void oneColourScaleForAllPanelsWithItsLegend() {
        PanelGrid grid = (PanelGrid) chart.getPlot();
        Object scale = ((XYBlockRenderer) grid.panels().get(0).getRenderer()).getPaintScale();
        for (XYPlot panel : grid.panels()) {
            assertThat(((XYBlockRenderer) panel.getRenderer()).getPaintScale()).isSameAs(scale);
        }
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream().filter(t -> t instanceof PaintScaleLegend)
                .findFirst().orElseThrow();
        assertThat(legend.getScale()).isSameAs(scale);
        // 48 values: the nearest-rank 99th percentile is the largest of them.
        double max = spark.sql("SELECT max(abs(value)) FROM projections p JOIN runs r USING (run_id) WHERE r.p_train = 0.001")
                .first().getDouble(0);
        assertThat(legend.getAxis().getUpperBound()).isEqualTo(max);
    }

    @Test
    void saturationIsTheNearestRankQuantile() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
        assertThat(Fig7Projections.quantile(hundred, 0.99)).isEqualTo(99);
        assertThat(Fig7Projections.quantile(new double[] {5, 1, 3}, 0.5)).isEqualTo(3);
        assertThat(Fig7Projections.quantile(new double[0], 0.99)).isZero();
    }
}
