package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ccsweep.model.run.Rule;

/**
 * A numeric axis: a single number, a list of numbers, or a range
 * {@code { from, to, count, scale = linear | log }} whose {@code count} values run from {@code from}
 * to {@code to} inclusive, evenly spaced (linear) or evenly spaced in log10 (log, {@code from > 0}).
 * Every value, listed or generated, must obey the key's {@link Rule}; a range has at most
 * {@value #MAX_COUNT} values, so that a typo in count fails at once instead of filling the memory.
 */
final class NumericAxis {
    /** The most values a range may generate. */
    static final int MAX_COUNT = 100_000;
    private static final Set<String> RANGE_KEYS = Set.of("from", "to", "count", "scale");

    /** One value of an axis and the config value it came from (a list item, or the whole range). */
    record Item(double value, ConfigValue source) {
    }

    private NumericAxis() {
    }

    static List<Double> read(Fields fields, String key, Rule rule) {
        return items(key, fields.value(key), rule).stream().map(Item::value).toList();
    }

    /** The axis's values with where each came from; {@code name} is how errors name the axis. */
    static List<Item> items(String name, ConfigValue value, Rule rule) {
        if (value.valueType() == ConfigValueType.OBJECT) {
            List<Item> items = new ArrayList<>();
            for (double v : range(name, (ConfigObject) value)) {
                if (!rule.accepts(v)) {
                    throw Fields.error(name, value, "range value " + Rule.format(v) + " is not " + rule.text());
                }
                items.add(new Item(v, value));
            }
            return items;
        }
        List<ConfigValue> listed = value.valueType() == ConfigValueType.LIST ? new ArrayList<>((ConfigList) value)
                : List.of(value);
        if (listed.isEmpty()) {
            throw Fields.error(name, value, "[] is empty; give at least one value");
        }
        return listed.stream().map(item -> new Item(Fields.number(name, item, rule), item)).toList();
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
        double from = Fields.number(key + ".from", range.get("from"), Rule.anyNumber());
        double to = Fields.number(key + ".to", range.get("to"), Rule.anyNumber());
        int count = Fields.toInt(key + ".count", range.get("count"),
                Fields.number(key + ".count", range.get("count"), Rule.integerBetween(1, MAX_COUNT)));
        String scale = scale(key, range);
        if (from > to) {
            throw Fields.error(key + ".from", range.get("from"), Rule.format(from) + " is not ≤ to (" + Rule.format(to) + ")");
        }
        if (scale.equals("log") && from <= 0) {
            throw Fields.error(key + ".from", range.get("from"), Rule.format(from) + " is not > 0, which scale = log needs");
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
            throw Fields.error(key + ".count", range.get("count"), count + " values from " + Rule.format(from)
                    + " to " + Rule.format(to) + " are not distinct; use count = 1 or widen the range");
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
