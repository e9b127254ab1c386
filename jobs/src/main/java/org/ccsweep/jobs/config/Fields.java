package org.ccsweep.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Rule;

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
        return error(key, config.hasPathOrNull(key) ? value(key) : null, problem);
    }

    static SweepConfigException error(String key, ConfigValue value, String problem) {
        String where = value == null ? "config" : Origins.describe(value.origin());
        return new SweepConfigException(where + ": " + key + ": " + problem);
    }

    static String render(ConfigValue value) {
        return value.render(ConfigRenderOptions.concise());
    }

    /**
     * The key's value; a null (HOCON's {@code null}, where the key allows none) comes back as a value like any other,
     * so that the reader that expected something else says {@code null is not …} with where it was set.
     */
    ConfigValue value(String key) {
        if (!config.hasPathOrNull(key)) {
            throw new SweepConfigException("config: " + key + ": missing (every key has a default in reference.conf)");
        }
        if (!config.getIsNull(key)) {
            return config.getValue(key);
        }
        List<String> path = ConfigUtil.splitPath(key);
        ConfigObject parent = path.size() == 1 ? config.root()
                : config.getObject(ConfigUtil.joinPath(path.subList(0, path.size() - 1)));
        return parent.get(path.get(path.size() - 1));
    }

    boolean isNull(String key) {
        return config.getIsNull(key);
    }

    /** Whether the user set the key (in the sweep file or with --set), rather than leaving reference.conf's default. */
    boolean userSet(String key) {
        return config.hasPathOrNull(key) && !Origins.isDefault(value(key).origin());
    }

    double number(String key, Rule rule) {
        return number(key, value(key), rule);
    }

    int integer(String key, Rule rule) {
        return toInt(key, value(key), number(key, value(key), rule));
    }

    long longInteger(String key, Rule rule) {
        return longInteger(key, value(key), rule);
    }

    /** An integer read exactly when HOCON parsed it as one (seeds beyond 2^53 keep every digit). */
    static long longInteger(String key, ConfigValue value, Rule rule) {
        double v = number(key, value, rule);
        return value.unwrapped() instanceof Integer || value.unwrapped() instanceof Long
                ? ((Number) value.unwrapped()).longValue() : (long) v;
    }

    static double number(String key, ConfigValue value, Rule rule) {
        if (value.valueType() != ConfigValueType.NUMBER) {
            throw error(key, value, render(value) + " is not " + rule.text());
        }
        double v = ((Number) value.unwrapped()).doubleValue();
        if (!rule.accepts(v)) {
            throw error(key, value, render(value) + " is not " + rule.text());
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

    String string(String key, String allowedText, Predicate<String> ok) {
        ConfigValue value = value(key);
        if (value.valueType() != ConfigValueType.STRING || !ok.test((String) value.unwrapped())) {
            throw error(key, value, render(value) + " is not " + allowedText);
        }
        return (String) value.unwrapped();
    }

    /** An enum value as config files spell it ({@code low-rank} for {@code LOW_RANK}). */
    static <E extends Enum<E>> E kind(String key, ConfigValue value, E[] kinds) {
        if (value.valueType() == ConfigValueType.STRING) {
            for (E kind : kinds) {
                if (Key.spell(kind).equals(value.unwrapped())) {
                    return kind;
                }
            }
        }
        throw error(key, value, render(value) + " is not one of "
                + Arrays.stream(kinds).map(Key::spell).collect(Collectors.joining(", ")));
    }

    /**
     * One value of a scalar key, checked by its declaration: a number by its rule (and as an int or long
     * for integer keys), a boolean, one of a choice's values, or a string. {@code name} is how errors
     * name the key (its path, or its axis in the grid).
     */
    static Object scalar(Key<?> key, String name, ConfigValue value) {
        return switch (key.kind()) {
            case INT -> toInt(name, value, number(name, value, key.rule()));
            case LONG -> longInteger(name, value, key.rule());
            case DOUBLE -> number(name, value, key.rule());
            case BOOLEAN -> bool(name, value);
            case CHOICE -> choice(key, name, value);
            case TEXT -> {
                if (value.valueType() != ConfigValueType.STRING) {
                    throw error(name, value, render(value) + " is not a string");
                }
                yield value.unwrapped();
            }
            case DOUBLES -> throw new IllegalArgumentException(key + " is a list, not a scalar");
        };
    }

    private static Object choice(Key<?> key, String name, ConfigValue value) {
        if (value.valueType() == ConfigValueType.STRING) {
            for (Object choice : key.choices()) {
                if (Key.spell(choice).equals(value.unwrapped())) {
                    return choice;
                }
            }
        }
        throw error(name, value, render(value) + " is not one of " + key.spelledChoices());
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
