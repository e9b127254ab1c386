package org.ccsweep.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.task.Tasks;

/**
 * Loads a sweep: the user's file over reference.conf, each {@code --set key=value} over both (later
 * ones win), resolved. Rejects keys that reference.conf does not have, so a typo is never ignored.
 */
public final class ConfigLoader {
    /** The top-level sections a sweep file may set: the engine's, and those of every task's keys. */
    static final Set<String> SECTIONS = sections();
    /** Keys whose value is a numeric axis (number, list or range object), checked by {@link NumericAxis}. */
    static final Set<String> AXES = Set.of("sweep.grid.sigma", "sweep.grid.p-train", "sweep.grid.rank", "eval.p",
            "baselines.offset-scan.p", "baselines.offset-scan.offsets");

    private ConfigLoader() {
    }

    private static Set<String> sections() {
        Set<String> sections = new TreeSet<>(List.of("sweep", "baselines", "engine"));
        for (Key<?> key : Tasks.allKeys()) {
            sections.add(key.path().substring(0, key.path().indexOf('.')));
        }
        return Set.copyOf(sections);
    }

    public static Config load(Path file, List<String> sets) {
        if (Files.isDirectory(file)) {
            throw new SweepConfigException(file + ": a directory, not a sweep config file (conf/*.conf)");
        }
        if (!Files.isRegularFile(file)) {
            throw new SweepConfigException(file + ": no such config file");
        }
        try {
            Config user = ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
            for (String set : sets) {
                user = parseSet(set).withFallback(user);
            }
            Config reference = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), "reference.conf");
            Config merged = user.withFallback(recipe(user.withFallback(reference))).withFallback(reference).resolve();
            checkKnownKeys(user, merged, reference.resolve());
            return merged;
        } catch (ConfigException e) {
            throw new SweepConfigException(e.getMessage());
        }
    }

    /**
     * The recipe of the sweep's task: {@code recipes/<task>.conf}, the defaults that task's recipe sets
     * differently from reference.conf's (which holds the CC paper's), between the user's settings and
     * reference.conf; empty for a task without one. Its values count as defaults, like reference.conf's.
     */
    static Config recipe(Config unresolved) {
        Config resolved = unresolved.resolve();
        if (!resolved.hasPath("sweep.task") || resolved.getValue("sweep.task").valueType() != ConfigValueType.STRING) {
            return ConfigFactory.empty();
        }
        String task = resolved.getString("sweep.task");
        if (!task.matches("[a-z0-9-]+")) {
            return ConfigFactory.empty();
        }
        return ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), "recipes/" + task + ".conf");
    }

    private static Config parseSet(String set) {
        int eq = set.indexOf('=');
        if (eq <= 0) {
            throw new SweepConfigException("--set: \"" + set + "\" is not key=value");
        }
        String key = set.substring(0, eq).trim();
        ConfigParseOptions options = ConfigParseOptions.defaults().setOriginDescription(Origins.SET)
                .setSyntax(ConfigSyntax.CONF);
        try {
            return ConfigFactory.parseString(key + " = " + set.substring(eq + 1), options);
        } catch (ConfigException e) {
            throw new SweepConfigException("--set: \"" + set + "\" is not key=value with a HOCON value: " + e.getMessage());
        }
    }

    private static void checkKnownKeys(Config user, Config merged, Config reference) {
        for (String section : user.root().keySet()) {
            if (!SECTIONS.contains(section)) {
                throw unknown(section, user.root().get(section), new TreeSet<>(SECTIONS));
            }
            walk(section, merged.root().get(section), reference.getObject(section));
        }
    }

    /** Checks a block of the user's config against reference.conf's: an object, with known keys, recursively. */
    private static void walk(String path, ConfigValue value, ConfigObject reference) {
        if (value.valueType() != ConfigValueType.OBJECT) {
            throw Fields.error(path, value, Fields.render(value) + " is not an object with keys "
                    + String.join(", ", new TreeSet<>(reference.keySet())));
        }
        if (path.equals(Grid.PREFIX)) {
            return;
        }
        ConfigObject merged = (ConfigObject) value;
        for (String key : merged.keySet()) {
            String full = path + "." + key;
            if (!reference.containsKey(key)) {
                throw unknown(full, merged.get(key), new TreeSet<>(reference.keySet()));
            }
            if (!AXES.contains(full) && reference.get(key).valueType() == ConfigValueType.OBJECT) {
                walk(full, merged.get(key), (ConfigObject) reference.get(key));
            }
        }
    }

    private static SweepConfigException unknown(String key, ConfigValue value, Set<String> known) {
        return Fields.error(key, value, "unknown key (set to " + Fields.render(value) + "); known here: "
                + String.join(", ", known));
    }
}
