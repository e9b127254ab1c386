package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The naive reference line a figure draws, read from the data (runs.naive_reference_loss_per_feature,
 * aggregated as the column {@code naive_reference}), never typed in: one value across the plot when
 * every point drawn has the same (the paper's 1/12 at n = 100, d = 50), else each point's own against
 * x (a sweep over d has (n − d)/(6n) at each d).
 *
 * @param x    the abscissae, ascending (one entry for a flat line)
 * @param y    the line's value at each
 * @param flat whether one value holds everywhere
 */
record NaiveLine(double[] x, double[] y, boolean flat) {

    /** The line of rows with columns {@code x} and {@code naive_reference}; empty when none has a value. */
    static Optional<NaiveLine> of(List<Row> rows) {
        TreeMap<Double, Double> byX = new TreeMap<>();
        for (Row row : rows) {
            int at = row.fieldIndex("naive_reference");
            if (!row.isNullAt(at)) {
                byX.merge(row.<Double>getAs("x"), row.getDouble(at), Math::max);
            }
        }
        if (byX.isEmpty()) {
            return Optional.empty();
        }
        double first = byX.firstEntry().getValue();
        if (byX.values().stream().allMatch(v -> Math.abs(v - first) <= 1e-12 * Math.abs(first))) {
            return Optional.of(flat(first));
        }
        return Optional.of(new NaiveLine(byX.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                byX.values().stream().mapToDouble(Double::doubleValue).toArray(), false));
    }

    static NaiveLine flat(double value) {
        return new NaiveLine(new double[] {Double.NaN}, new double[] {value}, true);
    }

    /** Its legend entry. */
    String label() {
        return flat ? "naive baseline, L/p = " + Labels.number(y[0], 4) : "naive baseline of each point";
    }
}
