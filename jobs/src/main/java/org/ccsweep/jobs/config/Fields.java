package org.ccsweep.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed, checked reads of a resolved sweep config. Every failure is a {@link SweepConfigException}
 * naming where the value was set, the key, the value and what is allowed.
 */
final class Fields {
    private final Config config;

    Fields(Config config) {
        this.config = config;
    }

    SweepConfigException error(String key, String problem) {
        return error(key, config.hasPathOrNull(key) ? config.getValue(key) : null, problem);
    }

    static SweepConfigException error(String key, ConfigValue value, String problem) {
        String where = value == null ? "config" : Origins.describe(value.origin());
        return new SweepConfigException(where + ": " + key + ": " + problem);
    }

    static String render(ConfigValue value) {
        return value.render(ConfigRenderOptions.concise());
    }

    ConfigValue value(String key) {
        if (!config.hasPathOrNull(key)) {
            throw new SweepConfigException("config: " + key + ": missing (every key has a default in reference.conf)");
        }
        return config.getValue(key);
    }

    boolean isNull(String key) {
        return config.getIsNull(key);
    }

    double number(String key, Allowed allowed) {
        return number(key, value(key), allowed);
    }

    int integer(String key, Allowed allowed) {
        return toInt(key, value(key), number(key, value(key), allowed));
    }

    long longInteger(String key, Allowed allowed) {
        return longInteger(key, value(key), allowed);
    }

    /** An integer read exactly when HOCON parsed it as one (seeds beyond 2^53 keep every digit). */
    static long longInteger(String key, ConfigValue value, Allowed allowed) {
        double v = number(key, value, allowed);
        return value.unwrapped() instanceof Integer || value.unwrapped() instanceof Long
                ? ((Number) value.unwrapped()).longValue() : (long) v;
    }

    static double number(String key, ConfigValue value, Allowed allowed) {
        if (value.valueType() != ConfigValueType.NUMBER) {
            throw error(key, value, render(value) + " is not " + allowed.text());
        }
        double v = ((Number) value.unwrapped()).doubleValue();
        if (!allowed.accepts(v)) {
            throw error(key, value, render(value) + " is not " + allowed.text());
        }
        return v;
    }

    static int toInt(String key, ConfigValue value, double v) {
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw error(key, value, render(value) + " is not an integer of at most " + Integer.MAX_VALUE);
        }
        return (int) v;
    }

    boolean bool(String key) {
        return bool(key, value(key));
    }

    static boolean bool(String key, ConfigValue value) {
        if (value.valueType() != ConfigValueType.BOOLEAN) {
            throw error(key, value, render(value) + " is not true or false");
        }
        return (Boolean) value.unwrapped();
    }

    String string(String key, String allowedText, java.util.function.Predicate<String> ok) {
        ConfigValue value = value(key);
        if (value.valueType() != ConfigValueType.STRING || !ok.test((String) value.unwrapped())) {
            throw error(key, value, render(value) + " is not " + allowedText);
        }
        return (String) value.unwrapped();
    }

    /** A list value (a single non-list value counts as a list of one); empty lists are errors. */
    List<ConfigValue> list(String key) {
        ConfigValue value = value(key);
        List<ConfigValue> items = new ArrayList<>();
        if (value.valueType() == ConfigValueType.LIST) {
            items.addAll(config.getList(key));
        } else {
            items.add(value);
        }
        if (items.isEmpty()) {
            throw error(key, value, "[] is empty; give at least one value");
        }
        return items;
    }

    /** A list of values each read by {@code read}, which throws on a bad item. */
    <T> List<T> list(String key, Function<ConfigValue, T> read) {
        return list(key).stream().map(read).toList();
    }
}
