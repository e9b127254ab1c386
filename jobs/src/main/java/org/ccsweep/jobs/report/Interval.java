package org.ccsweep.jobs.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.apache.spark.sql.Row;

/** A seed mean with its 95 % interval (null ends for a single seed), as read from a query row. */
record Interval(double mean, Double low, Double high, long n) {
    /** From the columns {@code mean}, {@code ci95_low}, {@code ci95_high} and {@code n} of a row or struct. */
    static Interval of(Row row) {
        return new Interval(row.<Double>getAs("mean"), row.getAs("ci95_low"), row.getAs("ci95_high"),
                row.<Number>getAs("n").longValue());
    }

    /** The interval's upper end, or the mean for a single seed. */
    double upper() {
        return high == null ? mean : high;
    }

    /** The interval's lower end, or the mean for a single seed. */
    double lower() {
        return low == null ? mean : low;
    }

    /** e.g. {@code 0.0752 ± 0.0004 (n = 3)}; {@code 0.0752 (n = 1)} without an interval. */
    @Override
    public String toString() {
        String n1 = " (n = " + n + ")";
        return high == null ? fmt(mean) + n1 : fmt(mean) + " ± " + fmt(high - mean) + n1;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** A grid value as written in a conf: 0.026, not the 0.026000000000000002 a linear range computes. */
    static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
