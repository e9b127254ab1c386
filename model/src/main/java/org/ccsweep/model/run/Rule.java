package org.ccsweep.model.run;

import java.io.Serializable;
import java.util.function.DoublePredicate;

/**
 * What a numeric {@link Key} accepts, as a predicate and as the words of an error message:
 * {@code 1.5 is not in (0, 1]}. Integral rules also require a whole number that fits a long.
 *
 * @param text     the allowed values, in words ("an integer ≥ 1", "in (0, 1]")
 * @param integral whether only whole numbers are allowed
 * @param test     the range check on the value
 */
public record Rule(String text, boolean integral, SerializableDoublePredicate test) implements Serializable {

    /** A {@link DoublePredicate} that survives serialization, as keys travel with their specs. */
    public interface SerializableDoublePredicate extends DoublePredicate, Serializable {
    }

    public static Rule atLeast(double min) {
        return new Rule("a number ≥ " + format(min), false, v -> v >= min);
    }

    public static Rule above(double min) {
        return new Rule("a number > " + format(min), false, v -> v > min);
    }

    public static Rule anyNumber() {
        return new Rule("a number", false, v -> true);
    }

    public static Rule openClosed(double low, double high) {
        return new Rule("in (" + format(low) + ", " + format(high) + "]", false, v -> v > low && v <= high);
    }

    public static Rule openOpen(double low, double high) {
        return new Rule("in (" + format(low) + ", " + format(high) + ")", false, v -> v > low && v < high);
    }

    public static Rule closedOpen(double low, double high) {
        return new Rule("in [" + format(low) + ", " + format(high) + ")", false, v -> v >= low && v < high);
    }

    public static Rule anyInteger() {
        return new Rule("an integer", true, v -> true);
    }

    public static Rule integerAtLeast(long min) {
        return new Rule("an integer ≥ " + min, true, v -> v >= min);
    }

    public static Rule integerBetween(long min, long max) {
        return new Rule("an integer in [" + min + ", " + max + "]", true, v -> v >= min && v <= max);
    }

    public boolean accepts(double v) {
        return !Double.isNaN(v) && (!integral || (v == Math.rint(v) && Math.abs(v) <= Long.MAX_VALUE)) && test.test(v);
    }

    /** A number as config files write it: whole numbers without a decimal point. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
