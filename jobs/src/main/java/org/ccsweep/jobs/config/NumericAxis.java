package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A numeric axis: a single number, a list of numbers, or a range
 * {@code { from, to, count, scale = linear | log }} whose {@code count} values run from {@code from}
 * to {@code to} inclusive, evenly spaced (linear) or evenly spaced in log10 (log, {@code from > 0}).
 * Every value, listed or generated, must be {@link Allowed allowed}.
 */
final class NumericAxis {
    private static final Set<String> RANGE_KEYS = Set.of("from", "to", "count", "scale");

    private NumericAxis() {
    }

    static List<Double> read(Fields fields, String key, Allowed allowed) {
        ConfigValue value = fields.value(key);
        List<Double> values = value.valueType() == ConfigValueType.OBJECT
                ? range(key, (ConfigObject) value)
                : fields.list(key).stream().map(item -> Fields.number(key, item, allowed)).toList();
        for (double v : values) {
            if (!allowed.accepts(v)) {
                throw Fields.error(key, value, "range value " + Allowed.format(v) + " is not " + allowed.text());
            }
        }
        return values;
    }

    /**
     * The values of a range object: value i of count is from + t·(to − from) (linear) or
     * 10^(log10 from + t·(log10 to − log10 from)) (log) with t = i/(count − 1); the ends are exact.
     */
    static List<Double> range(String key, ConfigObject range) {
        for (String k : range.keySet()) {
            if (!RANGE_KEYS.contains(k)) {
                throw Fields.error(key + "." + k, range.get(k), "unknown key of a range; a range has from, to, count, scale");
            }
        }
        for (String k : List.of("from", "to", "count")) {
            if (!range.containsKey(k)) {
                throw Fields.error(key, range, Fields.render(range) + " is not a range: " + k + " is missing (a range has from, to, count, scale)");
            }
        }
        double from = Fields.number(key + ".from", range.get("from"), Allowed.above(Double.NEGATIVE_INFINITY));
        double to = Fields.number(key + ".to", range.get("to"), Allowed.above(Double.NEGATIVE_INFINITY));
        int count = Fields.toInt(key + ".count", range.get("count"),
                Fields.number(key + ".count", range.get("count"), Allowed.integerAtLeast(1)));
        String scale = scale(key, range);
        if (from > to) {
            throw Fields.error(key + ".from", range.get("from"), Allowed.format(from) + " is not ≤ to (" + Allowed.format(to) + ")");
        }
        if (scale.equals("log") && from <= 0) {
            throw Fields.error(key + ".from", range.get("from"), Allowed.format(from) + " is not > 0, which scale = log needs");
        }
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 0 : (double) i / (count - 1);
            values.add(i == 0 ? from
                    : i == count - 1 ? to
                    : scale.equals("log") ? Math.pow(10, Math.log10(from) + t * (Math.log10(to) - Math.log10(from)))
                    : from + t * (to - from));
        }
        if (new TreeSet<>(values).size() != count) {
            throw Fields.error(key + ".count", range.get("count"), count + " values from " + Allowed.format(from)
                    + " to " + Allowed.format(to) + " are not distinct; use count = 1 or widen the range");
        }
        return values;
    }

    private static String scale(String key, ConfigObject range) {
        ConfigValue scale = range.get("scale");
        if (scale == null) {
            return "linear";
        }
        if (scale.valueType() != ConfigValueType.STRING || !Set.of("linear", "log").contains((String) scale.unwrapped())) {
            throw Fields.error(key + ".scale", scale, Fields.render(scale) + " is not linear or log");
        }
        return (String) scale.unwrapped();
    }
}
