package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Tasks;

/**
 * Reads {@code sweep.grid}: the task's own grid keys by their short names ({@code sigma}), then any
 * scalar key of {@code model.*}, {@code train.*}, {@code eval.*} or of the task's block named by its
 * quoted full path ({@code "model.d-mlp" = [10, 25, 50]}), each value checked by the key's own rule.
 * The axes come in the order the runs expand: the task's grid keys in its order, then the full-path
 * axes sorted by path, outermost first (seeds are innermost). Each axis is a single value, a list, or,
 * for a numeric key, a range ({@link NumericAxis}); its values must be distinct.
 */
final class Grid {
    static final String PREFIX = "sweep.grid";
    /** The sections whose scalar keys may be axes, besides a task's own block. */
    static final List<String> AXIS_SECTIONS = List.of("model", "train", "eval");

    /** The axes, and for each axis value the config value it came from (for errors naming its line). */
    record Read(List<Axis> axes, Map<Key<?>, List<ConfigValue>> sources) {
    }

    private Grid() {
    }

    static Read read(Fields f, ConfigObject grid, Task task) {
        List<Axis> axes = new ArrayList<>();
        Map<Key<?>, List<ConfigValue>> sources = new HashMap<>();
        Set<String> shortNames = new HashSet<>();
        for (Key<?> key : task.gridOrder()) {
            String name = key.path();
            shortNames.add(name.substring(PREFIX.length() + 1));
            add(axes, sources, key, name, f.value(name));
        }
        TreeMap<String, ConfigValue> fullPaths = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> entry : grid.entrySet()) {
            if (entry.getKey().contains(".")) {
                fullPaths.put(entry.getKey(), entry.getValue());
            } else if (!shortNames.contains(entry.getKey()) && !otherTasksGridKey(f, task, entry.getKey())) {
                throw unknownShortName(entry.getKey(), entry.getValue(), shortNames);
            }
        }
        for (Map.Entry<String, ConfigValue> entry : fullPaths.entrySet()) {
            String name = PREFIX + ".\"" + entry.getKey() + "\"";
            Key<?> key = axisKey(f, task, entry.getKey(), name, entry.getValue());
            add(axes, sources, key, name, entry.getValue());
        }
        return new Read(axes, sources);
    }

    private static void add(List<Axis> axes, Map<Key<?>, List<ConfigValue>> sources, Key<?> key, String name,
            ConfigValue value) {
        List<Object> values = new ArrayList<>();
        List<ConfigValue> from = new ArrayList<>();
        switch (key.kind()) {
            case INT, LONG, DOUBLE -> {
                for (NumericAxis.Item item : NumericAxis.items(name, value, key.rule())) {
                    values.add(key.kind() == Key.Kind.INT ? (Object) Fields.toInt(name, item.source(), item.value())
                            : key.kind() == Key.Kind.LONG ? (Object) (long) item.value() : (Object) item.value());
                    from.add(item.source());
                }
            }
            default -> {
                if (value.valueType() == ConfigValueType.OBJECT) {
                    throw Fields.error(name, value, Fields.render(value) + " is not " + (key.kind() == Key.Kind.CHOICE
                            ? "one of " + key.spelledChoices() : "a list of values") + quoteHint(name, value));
                }
                List<ConfigValue> items = value.valueType() == ConfigValueType.LIST ? new ArrayList<>((ConfigList) value)
                        : List.of(value);
                if (items.isEmpty()) {
                    throw Fields.error(name, value, "[] is empty; give at least one value");
                }
                for (ConfigValue item : items) {
                    values.add(Fields.scalar(key, name, item));
                    from.add(item);
                }
            }
        }
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (!seen.add(v)) {
                throw Fields.error(name, value, Fields.render(value) + " lists " + Key.spell(v)
                        + " twice; values must be distinct");
            }
        }
        axes.add(new Axis(key, name, values));
        sources.put(key, from);
    }

    /** The key a full-path axis names, if it may be an axis of this task. */
    private static Key<?> axisKey(Fields f, Task task, String path, String name, ConfigValue value) {
        List<String> allowed = axisPaths(task);
        for (Key<?> key : Tasks.keysOf(task)) {
            if (key.path().equals(path)) {
                if (!allowed.contains(path)) {
                    throw Fields.error(name, value, path + " cannot be an axis: " + (key.grid()
                            ? "it is a grid key already, set it as " + key.path()
                            : key.kind() == Key.Kind.DOUBLES ? "it is a list itself, not a scalar"
                            : "only scalar keys of " + sections(task) + " can") + "; the axes this task allows are "
                            + String.join(", ", allowed));
                }
                if (f.userSet(path)) {
                    throw Fields.error(name, value, "is an axis, and " + path + " is set too ("
                            + Origins.describe(f.value(path).origin()) + "); remove one of them");
                }
                return key;
            }
        }
        throw Fields.error(name, value, "unknown key (set to " + Fields.render(value) + "); the axes this task allows "
                + "besides " + task.gridOrder().stream().map(k -> k.path().substring(PREFIX.length() + 1))
                .collect(Collectors.joining(", ")) + " are " + String.join(", ", allowed));
    }

    /** The full paths of the keys that may be axes in a sweep of this task, sorted. */
    static List<String> axisPaths(Task task) {
        List<String> sections = sectionsOf(task);
        return Tasks.keysOf(task).stream().filter(Key::scalar).map(Key::path)
                .filter(p -> sections.contains(p.substring(0, p.indexOf('.')))).sorted().toList();
    }

    private static List<String> sectionsOf(Task task) {
        List<String> sections = new ArrayList<>(AXIS_SECTIONS);
        sections.add(task.name());
        return sections;
    }

    private static String sections(Task task) {
        return sectionsOf(task).stream().map(s -> s + ".*").collect(Collectors.joining(", "));
    }

    /**
     * Whether a grid key of another task, left at its default: reference.conf holds every task's grid, and
     * a sweep of one task ignores the others'; set by the user, it is an error naming the task it is for.
     */
    private static boolean otherTasksGridKey(Fields f, Task task, String name) {
        String path = PREFIX + "." + name;
        for (Task other : Tasks.all()) {
            if (other != task && other.gridOrder().stream().anyMatch(k -> k.path().equals(path))) {
                if (f.userSet(path)) {
                    throw f.error(path, Fields.render(f.value(path)) + " is set, but " + path + " is a key of the "
                            + other.name() + " task, and this sweep's sweep.task is " + task.name());
                }
                return true;
            }
        }
        return false;
    }

    private static SweepConfigException unknownShortName(String name, ConfigValue value, Set<String> known) {
        return Fields.error(PREFIX + "." + name, value, "unknown key (set to " + Fields.render(value) + "); known here: "
                + String.join(", ", new TreeSet<>(known)) + ", or any key of model, train or eval by its"
                + " quoted path, e.g. \"model.d-mlp\" = [25, 50]" + quoteHint(PREFIX + "." + name, value));
    }

    /** For {@code sweep.grid.train.lr = [...]}: HOCON read a path where an axis name was meant. */
    private static String quoteHint(String name, ConfigValue value) {
        if (value.valueType() != ConfigValueType.OBJECT || ((ConfigObject) value).size() != 1) {
            return "";
        }
        String inner = ((ConfigObject) value).keySet().iterator().next();
        String path = name.substring(PREFIX.length() + 1) + "." + inner;
        return "; to make " + path + " an axis, quote its path: sweep.grid { \"" + path + "\" = [...] }";
    }
}
