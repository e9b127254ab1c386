package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Groups query rows into {@link Band}s. Each row carries the columns {@code x}, {@code mean},
 * {@code ci95_low} and {@code ci95_high} (the interval's ends null for a single seed: drawn as the
 * mean), ordered by x within a band; {@code line} says which band a row belongs to.
 */
final class Bands {
    /** A band's legend label and colour: rows with equal lines form one band, in order of first appearance. */
    record Line(String label, Color color) {
    }

    private Bands() {
    }

    static List<Band> of(List<Row> rows, Function<Row, Line> line) {
        Map<Line, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(line.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<Band> bands = new ArrayList<>();
        groups.forEach((k, group) -> {
            int n = group.size();
            double[] x = new double[n];
            double[] mean = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            for (int i = 0; i < n; i++) {
                Row row = group.get(i);
                x[i] = row.<Double>getAs("x");
                mean[i] = row.<Double>getAs("mean");
                low[i] = orMean(row, "ci95_low", mean[i]);
                high[i] = orMean(row, "ci95_high", mean[i]);
            }
            bands.add(new Band(k.label(), k.color(), x, mean, low, high));
        });
        return bands;
    }

    private static double orMean(Row row, String column, double mean) {
        int i = row.fieldIndex(column);
        return row.isNullAt(i) ? mean : row.getDouble(i);
    }
}
