package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/** Figure 10 left: the naive+offset model's L/p against its offset, one line per feature probability p (offset_scan, seed mean and band). */
final class Fig10OffsetScan implements Figure {
    /** The naive line of the runs of the sweeps that scanned offsets (their clean models). */
    static final String NAIVE = """
            SELECT avg(naive_reference_loss_per_feature) AS naive FROM runs
            WHERE status = 'ok' AND sweep IN (SELECT DISTINCT sweep FROM offset_scan)""";
    static final String SCAN = """
            SELECT p, offset AS x, %s FROM offset_scan
            GROUP BY p, offset ORDER BY p, offset""".formatted(SeedStats.of("loss_per_feature"));

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "fig10-left-offset-scan";
    }

    @Override
    public String caption() {
        return "Figure 10 left: L/p of the naive model with a constant offset on the unrepresented outputs, against the "
                + "offset, one line per feature probability p (seed mean, 95 % band).";
    }

    @Override
    public String needs() {
        return "offset scans (offset_scan)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(SCAN).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BandChart chart = new BandChart("Naive + offset: L/p vs offset", ChartStyle.linear("offset", true), "L/p");
        Bands.of(rows, r -> {
            double p = r.<Double>getAs("p");
            return new Bands.Line("p = " + Labels.number(p), Palette.sparseToDense(p));
        }).forEach(chart::band);
        Row naive = spark.sql(NAIVE).first();
        if (!naive.isNullAt(0)) {
            chart.naive(NaiveLine.flat(naive.getDouble(0)));
        }
        return Optional.of(chart.build());
    }
}
