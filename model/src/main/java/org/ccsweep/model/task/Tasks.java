package org.ccsweep.model.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;

/**
 * The registry of tasks: every {@link Task} listed in a {@code META-INF/services/org.ccsweep.model.task.Task}
 * file on the class path (model's lists CC's; a new task adds its line there), by name.
 */
public final class Tasks {
    private static final List<Task> ALL = ServiceLoader.load(Task.class, Tasks.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(Task::name)).toList();

    private Tasks() {
    }

    public static List<Task> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException naming the tasks there are */
    public static Task named(String name) {
        for (Task task : ALL) {
            if (task.name().equals(name)) {
                return task;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a task; the tasks are " + names());
    }

    public static Task of(RunSpec spec) {
        return named(spec.task());
    }

    /** The task names, joined by ", ". */
    public static String names() {
        return ALL.stream().map(Task::name).collect(Collectors.joining(", "));
    }

    /** The keys a task's runs may hold: {@link Keys#ALL}, then the task's own. */
    public static List<Key<?>> keysOf(Task task) {
        List<Key<?>> keys = new ArrayList<>(Keys.ALL);
        keys.addAll(task.keys());
        return keys;
    }

    /** Every key of every task: {@link Keys#ALL}, then each task's own, each once. */
    public static List<Key<?>> allKeys() {
        List<Key<?>> keys = new ArrayList<>(Keys.ALL);
        for (Task task : ALL) {
            for (Key<?> key : task.keys()) {
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
