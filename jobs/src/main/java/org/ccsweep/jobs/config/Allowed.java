package org.ccsweep.jobs.config;

import java.util.function.DoublePredicate;

/** What a numeric key accepts, as a predicate and as the words of the error message ({@code 1.5 is not in (0, 1]}). */
record Allowed(String text, boolean integral, DoublePredicate test) {

    static Allowed atLeast(double min) {
        return new Allowed("a number ≥ " + format(min), false, v -> v >= min);
    }

    static Allowed above(double min) {
        return new Allowed("a number > " + format(min), false, v -> v > min);
    }

    static Allowed openClosed(double low, double high) {
        return new Allowed("in (" + format(low) + ", " + format(high) + "]", false, v -> v > low && v <= high);
    }

    static Allowed openOpen(double low, double high) {
        return new Allowed("in (" + format(low) + ", " + format(high) + ")", false, v -> v > low && v < high);
    }

    static Allowed closedOpen(double low, double high) {
        return new Allowed("in [" + format(low) + ", " + format(high) + ")", false, v -> v >= low && v < high);
    }

    static Allowed anyInteger() {
        return new Allowed("an integer", true, v -> true);
    }

    static Allowed integerAtLeast(long min) {
        return new Allowed("an integer ≥ " + min, true, v -> v >= min);
    }

    boolean accepts(double v) {
        return !Double.isNaN(v) && (!integral || (v == Math.rint(v) && Math.abs(v) <= Long.MAX_VALUE)) && test.test(v);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
