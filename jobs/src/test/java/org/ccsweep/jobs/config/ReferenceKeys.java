package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;

/** The keys of reference.conf as a user writes them: its leaves, each axis of sweep.grid as one key. */
final class ReferenceKeys {
    private ReferenceKeys() {
    }

    static List<String> all() {
        ConfigObject reference = ConfigFactory.parseResources("reference.conf").resolve().root();
        List<String> keys = new ArrayList<>();
        for (String section : ConfigLoader.SECTIONS) {
            leaves(section, (ConfigObject) reference.get(section), keys);
        }
        return keys;
    }

    private static void leaves(String path, ConfigObject object, List<String> keys) {
        object.forEach((key, value) -> {
            boolean axis = ConfigLoader.AXES.contains(path + "." + key);
            if (value.valueType() == ConfigValueType.OBJECT && !axis) {
                leaves(path + "." + key, (ConfigObject) value, keys);
            } else {
                keys.add(path + "." + key);
            }
        });
    }
}
