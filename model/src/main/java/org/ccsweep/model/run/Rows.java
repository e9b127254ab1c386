package org.ccsweep.model.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Building a {@link TaskOutput}'s rows: a row from names and values, appended to its table. */
public final class Rows {
    private Rows() {
    }

    /** A row from alternating column names and values. */
    public static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /** Appends the row to its table's rows, the table's list made on its first row. */
    public static void add(Map<String, List<Map<String, Object>>> tables, String table, Map<String, Object> row) {
        tables.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
    }

    /** The value, or null (the column's "not defined") where it is NaN or infinite. */
    public static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
