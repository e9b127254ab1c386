package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.figures.Figures;
import org.ccsweep.jobs.testing.LoggedSweep;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TinySweeps;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep over two keys named by their full paths, d and the learning rate: every varying axis is a
 * column of the runs, the aggregates and the printed summary, one row per (d, lr) point, and the figures
 * draw L/p against d with each point's own naive line (n − d)/(6n).
 */
class AxisSweepTest {
    static final String SWEEP = TinySweeps.TINY + """
            sweep.grid { mixing = [symmetric], "model.d-mlp" = [10, 25, 50], "train.lr" = [0.001, 0.003] }
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static String log;

    @BeforeAll
    static void runOnce() {
        spark = TestSpark.session();
        SweepSpec sweep = TinySweeps.load(tmp, SWEEP, tmp.resolve("out"));
        log = LoggedSweep.run(spark, sweep).log();
    }

    @Test
    void theSummaryHasAColumnPerVaryingAxisAndALinePerPoint() {
        List<String> lines = log.replace("\r", "").lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("model ")).findFirst().orElseThrow());
        assertThat(lines.get(header)).containsPattern("steps +d_mlp +lr +seeds ok +mean L/p");
        assertThat(lines.subList(header + 1, header + 7)).allSatisfy(l -> assertThat(l).contains(" 2/2 "));
        assertThat(lines.get(header + 1)).containsPattern("symmetric .* 10 +0\\.001 ");
        assertThat(lines.get(header + 6)).containsPattern("symmetric .* 50 +0\\.003 ");
    }

    @Test
    void aggregatesHaveOneRowPerPointWithItsAxesAndNaiveLine() {
        List<Row> rows = spark.sql("""
                SELECT d_mlp, lr, n, naive_reference FROM aggregates WHERE at_p_train ORDER BY d_mlp, lr""").collectAsList();
        assertThat(rows).extracting(r -> r.getInt(0) + "/" + r.getDouble(1) + "/" + r.getLong(2)).containsExactly(
                "10/0.001/2", "10/0.003/2", "25/0.001/2", "25/0.003/2", "50/0.001/2", "50/0.003/2");
        // (n − d)/(6n) at n = 100.
        assertThat(rows).extracting(r -> r.getDouble(3)).containsExactly(0.15, 0.15, 0.125, 0.125, 1.0 / 12, 1.0 / 12);
    }

    @Test
    void theFiguresDrawLossAgainstDWithEachPointsOwnNaiveLine() {
        assertThat(Figures.all(spark)).extracting(f -> f.name()).contains("scan-d_mlp").doesNotContain("scan-lr");
        JFreeChart chart = Figures.all(spark).stream().filter(f -> f.name().equals("scan-d_mlp")).findFirst().orElseThrow()
                .chart(spark).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        XYDataset bands = plot.getDataset(0);
        assertThat(bands.getSeriesCount()).isEqualTo(2);
        assertThat(bands.getSeriesKey(0)).hasToString("lr = 0.001");
        XYDataset naive = plot.getDataset(1);
        assertThat(naive.getSeriesKey(0)).hasToString("naive baseline of each point");
        assertThat(naive.getItemCount(0)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            double d = naive.getXValue(0, i);
            assertThat(naive.getYValue(0, i)).isEqualTo((100 - d) / 600.0);
        }
    }
}
