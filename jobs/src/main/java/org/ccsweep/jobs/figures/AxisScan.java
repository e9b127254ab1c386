package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;

/**
 * L/p at p_train against any numeric key swept over 3 or more values (a {@link Scans scan}: points that
 * agree on every other setting), one line per scan with its seed mean and 95 % band, and each point's own
 * naive line: a sweep over {@code model.d-mlp} draws (n − d)/(6n) at each d, not one value. A log axis
 * where the values span a decade or more.
 */
final class AxisScan implements Figure {
    /** The section of figures drawn for any swept key, whatever the task. */
    static final Section SWEEPS = new Section("Sweeps over any key",
            "L/p at p_train against each numeric key a sweep varied over 3 or more values with every other setting equal "
                    + "(sweep.grid \"key\" axes), with each point's own naive line.");

    private final String column;

    /** @param column the runs column of the key */
    AxisScan(String column) {
        this.column = column;
    }

    @Override
    public Section section() {
        return SWEEPS;
    }

    @Override
    public String name() {
        return "scan-" + column;
    }

    @Override
    public String caption() {
        return "L/p at p_train against " + column + ", one line per scan (every other setting equal), seed mean and 95 % "
                + "band; dashed: each point's naive line.";
    }

    @Override
    public String needs() {
        return "runs over 3 or more values of " + column + " that agree on every other setting";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(Scans.over(column, "true", 3)).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> differing = Scans.differing(rows, column);
        Map<String, Color> colors = Scans.colors(rows, differing);
        BandChart chart = new BandChart("Loss per feature vs " + column, axis(rows), "L/p at p_train");
        Bands.of(rows, r -> new Bands.Line(Scans.label(r, differing), colors.get(r.<String>getAs("scan"))))
                .forEach(chart::band);
        Map<String, List<Row>> byScan = new LinkedHashMap<>();
        rows.forEach(r -> byScan.computeIfAbsent(r.getAs("scan"), k -> new ArrayList<>()).add(r));
        List<NaiveLine> lines = byScan.values().stream().map(NaiveLine::of).flatMap(Optional::stream).toList();
        if (lines.stream().allMatch(l -> sameLine(l, lines.get(0)))) {
            lines.stream().findFirst().ifPresent(chart::naive);
        } else {
            byScan.forEach((scan, scanRows) -> NaiveLine.of(scanRows).ifPresent(line -> chart.dashed(
                    "naive line, " + Scans.label(scanRows.get(0), differing), colors.get(scan), line)));
        }
        return Optional.of(chart.build());
    }

    private static boolean sameLine(NaiveLine a, NaiveLine b) {
        return a.flat() == b.flat() && Arrays.equals(a.x(), b.x()) && Arrays.equals(a.y(), b.y());
    }

    /** Log10 where the values are positive and span a decade or more, else linear. */
    private ValueAxis axis(List<Row> rows) {
        double min = rows.stream().mapToDouble(r -> r.<Double>getAs("x")).min().orElse(0);
        double max = rows.stream().mapToDouble(r -> r.<Double>getAs("x")).max().orElse(0);
        return min > 0 && max / min >= 10 ? ChartStyle.logP(column + " (log scale)") : ChartStyle.linear(column, false);
    }
}
