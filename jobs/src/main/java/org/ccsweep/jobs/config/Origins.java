package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigOrigin;

/** Where a config value came from, as users write it: {@code conf/fig2.conf:7}, {@code --set}, {@code reference.conf:12}. */
final class Origins {
    static final String SET = "--set";

    private Origins() {
    }

    static String describe(ConfigOrigin origin) {
        if (origin == null) {
            return "config";
        }
        if (origin.description().startsWith(SET)) {
            return SET;
        }
        String where = origin.resource() != null ? origin.resource()
                : origin.filename() != null ? origin.filename()
                : origin.description();
        return origin.lineNumber() > 0 ? where + ":" + origin.lineNumber() : where;
    }

    /**
     * Whether a value is a default (reference.conf's, or a task recipe's under recipes/) rather than the
     * user's (a sweep file or --set).
     */
    static boolean isDefault(ConfigOrigin origin) {
        return origin != null && origin.resource() != null;
    }
}
