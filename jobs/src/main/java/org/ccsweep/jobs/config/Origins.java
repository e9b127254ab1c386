package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigOrigin;

/** Where a config value came from, as users write it: {@code conf/fig2.conf:7}, {@code --set}, {@code reference.conf:12}. */
final class Origins {
    static final String SET = "--set";
    private static final String MERGE = "merge of ";

    private Origins() {
    }

    static String describe(ConfigOrigin origin) {
        if (origin == null) {
            return "config";
        }
        if (origin.description().startsWith(SET)) {
            return SET;
        }
        if (origin.description().startsWith(MERGE)) {
            return merged(origin.description().substring(MERGE.length()));
        }
        String where = origin.resource() != null ? origin.resource()
                : origin.filename() != null ? origin.filename()
                : origin.description();
        return origin.lineNumber() > 0 ? where + ":" + origin.lineNumber() : where;
    }

    /**
     * A value made of several (a substitution such as {@code results/${sweep.name}}): the user's last part in it,
     * {@code --set} or {@code file:line}, else the default's ({@code reference.conf:28}).
     */
    private static String merged(String parts) {
        String[] each = parts.split(",");
        for (int i = each.length - 1; i >= 0; i--) {
            String part = each[i].strip();
            if (part.startsWith(SET)) {
                return SET;
            }
            if (!part.contains(".conf @ ")) {
                return part.replaceFirst(": (\\d+)$", ":$1");
            }
        }
        return each[0].strip().replaceFirst(" @ .*: (\\d+)$", ":$1");
    }

    /**
     * Whether a value is a default (reference.conf's, or a task recipe's under recipes/) rather than the
     * user's (a sweep file or --set).
     */
    static boolean isDefault(ConfigOrigin origin) {
        return origin != null && origin.resource() != null;
    }
}
