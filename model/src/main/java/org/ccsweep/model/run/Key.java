package org.ccsweep.model.run;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One parameter of a run, declared once: its config path, its type, the rule its values obey and the
 * column of the {@code runs} table that records it. A {@link RunSpec} is a map from keys to values;
 * its id hashes every key it holds, the config reader reads and checks every key by its declaration,
 * any scalar key can be a grid axis, and the table writer and views take their columns from here.
 * Keys are declared by {@link Keys} (those every task shares) and by each task's own key list.
 *
 * <p>Value types: {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code String}, an
 * enum, or {@code double[]} (a list of numbers, copied in and out). Enums are spelled in config files
 * and tables in lower case with '-' for '_' ({@code low-rank} for {@code LOW_RANK}).
 *
 * @param <T> the type of its values
 */
public final class Key<T> implements Comparable<Key<?>>, Serializable {
    /** How a key's values are typed, read and rendered. */
    public enum Kind { INT, LONG, DOUBLE, BOOLEAN, CHOICE, TEXT, DOUBLES }

    private final String path;
    private final Kind kind;
    private final Class<T> type;
    private final Rule rule;
    private final String column;
    private final boolean grid;
    private final boolean measurement;

    private Key(String path, Kind kind, Class<T> type, Rule rule, String column, boolean grid, boolean measurement) {
        this.path = path;
        this.kind = kind;
        this.type = type;
        this.rule = rule;
        this.column = column;
        this.grid = grid;
        this.measurement = measurement;
    }

    public static Key<Integer> integer(String path, Rule rule, String column) {
        return new Key<>(path, Kind.INT, Integer.class, integral(rule), column, false, false);
    }

    public static Key<Long> longInteger(String path, Rule rule, String column) {
        return new Key<>(path, Kind.LONG, Long.class, integral(rule), column, false, false);
    }

    public static Key<Double> real(String path, Rule rule, String column) {
        return new Key<>(path, Kind.DOUBLE, Double.class, rule, column, false, false);
    }

    public static Key<Boolean> bool(String path, String column) {
        return new Key<>(path, Kind.BOOLEAN, Boolean.class, null, column, false, false);
    }

    public static <E extends Enum<E>> Key<E> choice(String path, Class<E> type, String column) {
        return new Key<>(path, Kind.CHOICE, type, null, column, false, false);
    }

    public static Key<String> text(String path, String column) {
        return new Key<>(path, Kind.TEXT, String.class, null, column, false, false);
    }

    /** A list of numbers, each obeying {@code rule}; not a grid axis. */
    public static Key<double[]> reals(String path, Rule rule) {
        return new Key<>(path, Kind.DOUBLES, double[].class, rule, null, false, false);
    }

    /**
     * This key as a grid key: its config value is a list at its path (e.g. {@code sweep.grid.sigma}),
     * and each run holds one of its values.
     */
    public Key<T> onGrid() {
        return new Key<>(path, kind, type, rule, column, true, measurement);
    }

    /**
     * This key as a measurement key: it sets how a run is measured or what of it is recorded (the
     * evaluator's precision, the curve's points), not the model it trains, so that runs that differ only
     * in it train the same model. It still enters the run's identity.
     */
    public Key<T> measurement() {
        return new Key<>(path, kind, type, rule, column, grid, true);
    }

    private static Rule integral(Rule rule) {
        if (!rule.integral()) {
            throw new IllegalArgumentException("an integer key needs an integral rule, got " + rule.text());
        }
        return rule;
    }

    /** The config path, e.g. {@code model.d-mlp} or {@code sweep.grid.sigma}. */
    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public Class<T> type() {
        return type;
    }

    /** The numeric rule of INT, LONG, DOUBLE and DOUBLES keys (per element); null for the others. */
    public Rule rule() {
        return rule;
    }

    /** The {@code runs} column that records the key, or null when none does. */
    public String column() {
        return column;
    }

    /** Whether the key's config value is a list of which each run takes one value. */
    public boolean grid() {
        return grid;
    }

    /** Whether the key sets how a run is measured or recorded rather than what it trains ({@link #measurement()}). */
    public boolean isMeasurement() {
        return measurement;
    }

    /** Whether the key may be a grid axis named by its full path: a scalar key that is not on the grid. */
    public boolean scalar() {
        return !grid && kind != Kind.DOUBLES;
    }

    /** The values of a CHOICE key, in declaration order. */
    public List<T> choices() {
        if (kind != Kind.CHOICE) {
            throw new IllegalStateException(path + " is not a choice");
        }
        return List.of(type.getEnumConstants());
    }

    /** The value as config files and tables spell it: enums in lower case with '-', others as they are. */
    public static String spell(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof double[] values) {
            return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** The choices as config files spell them, joined by ", ". */
    public String spelledChoices() {
        return choices().stream().map(Key::spell).collect(Collectors.joining(", "));
    }

    /** The value's exact text in a run's canonical form: doubles in hex, enums by name. */
    String render(Object value) {
        return switch (kind) {
            case DOUBLE -> Double.toHexString((Double) value);
            case DOUBLES -> Arrays.stream((double[]) value).mapToObj(Double::toHexString)
                    .collect(Collectors.joining(",", "[", "]"));
            case CHOICE -> ((Enum<?>) value).name();
            default -> String.valueOf(value);
        };
    }

    /** Checks a value's type (and a number's rule); returns it, arrays copied. */
    T check(Object value) {
        if (value == null) {
            throw new IllegalArgumentException(path + ": null is not a value; leave the key out instead");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(path + ": " + value + " is not a " + type.getSimpleName());
        }
        if (rule != null) {
            double[] numbers = value instanceof double[] values ? values : new double[] {((Number) value).doubleValue()};
            for (double v : numbers) {
                if (!rule.accepts(v)) {
                    throw new IllegalArgumentException(path + ": " + Rule.format(v) + " is not " + rule.text());
                }
            }
        }
        return type.cast(value instanceof double[] values ? values.clone() : value);
    }

    @Override
    public int compareTo(Key<?> other) {
        return path.compareTo(other.path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key<?> other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
