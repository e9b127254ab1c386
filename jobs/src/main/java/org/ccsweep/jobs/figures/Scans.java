package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.ccsweep.jobs.tables.Views;

/**
 * Grid points read off the axes they were swept along, not off a sweep's name or a typed-in setting:
 * the points that agree on every column of {@code runs} that sets the model ({@link Views#modelColumns()})
 * but one form a scan over that one, wherever they were trained (a point trained by two sweeps counts
 * once, from the one with more seeds).
 */
public final class Scans {
    private Scans() {
    }

    /**
     * The {@code aggregates} rows at p_train that pass {@code where} and form scans over the key column
     * {@code axis} with at least {@code minValues} values: one row per scan and value, from the sweep with
     * the most seeds for it (ties: the first sweep by name), so that a model trained by two sweeps, or
     * measured by them to different precision, counts once. Columns: those of the aggregates,
     * {@code scan} (the scan: its other model columns as JSON) and {@code x} (the axis as a double),
     * ordered by the other model columns, then x.
     */
    public static String over(String axis, String where, int minValues) {
        return """
                WITH points AS (SELECT *, %1$s AS scan FROM aggregates WHERE at_p_train AND %2$s),
                unique AS (SELECT s.* FROM (SELECT max_by(struct(*), struct(n, sweep)) AS s FROM points GROUP BY scan, %3$s)),
                scans AS (SELECT scan FROM unique GROUP BY scan HAVING count(*) >= %4$d)
                SELECT u.*, CAST(u.%3$s AS DOUBLE) AS x FROM unique u JOIN scans USING (scan)
                ORDER BY %5$s, x""".formatted(keyExcept(axis), where, axis, minValues,
                Views.modelColumns().stream().filter(c -> !c.equals(axis)).map(c -> "u." + c).collect(Collectors.joining(", ")));
    }

    /** SQL for the key columns of a row but {@code columns}, as one JSON string: equal for points that differ only there. */
    public static String keyExcept(String... columns) {
        List<String> except = List.of(columns);
        return "to_json(struct(" + Views.modelColumns().stream().filter(c -> !except.contains(c))
                .collect(Collectors.joining(", ")) + "))";
    }

    /**
     * What tells the scans of {@code rows} apart: the key columns (but {@code axis}) whose values differ
     * between them, in the order of {@link Views#modelColumns()}.
     */
    static List<String> differing(List<Row> rows, String axis) {
        List<String> columns = new ArrayList<>();
        for (String column : Views.modelColumns()) {
            if (column.equals(axis)) {
                continue;
            }
            Set<Object> values = new LinkedHashSet<>();
            rows.forEach(row -> values.add(row.getAs(column)));
            if (values.size() > 1) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** A scan's legend label: its values of the differing columns ("symmetric M, p_train = 0.01"). */
    static String label(Row row, List<String> differing) {
        if (differing.isEmpty()) {
            return "L/p";
        }
        return differing.stream().map(c -> c.equals("mixing") ? row.getAs(c) + " M" : c + " = " + value(row.getAs(c)))
                .collect(Collectors.joining(", "));
    }

    /** Each scan's legend label, by its {@code scan} column. */
    public static Map<String, String> labels(List<Row> rows, String axis) {
        List<String> differing = differing(rows, axis);
        Map<String, String> labels = new LinkedHashMap<>();
        rows.forEach(row -> labels.putIfAbsent(row.getAs("scan"), label(row, differing)));
        return labels;
    }

    /** The scans' colours: by kind of M when only the kind tells them apart, else in order. */
    static Map<String, Color> colors(List<Row> rows, List<String> differing) {
        Color[] cycle = {Palette.BLUE, Palette.RED, Palette.GREEN, Palette.ORANGE, Palette.VIOLET, Palette.YELLOW,
            Palette.GREY};
        Map<String, Color> colors = new LinkedHashMap<>();
        for (Row row : rows) {
            String scan = row.getAs("scan");
            if (!colors.containsKey(scan)) {
                colors.put(scan, differing.equals(List.of("mixing")) ? Palette.mixing(row.getAs("mixing"))
                        : cycle[colors.size() % cycle.length]);
            }
        }
        return colors;
    }

    private static String value(Object v) {
        return v instanceof Double d ? Labels.number(d, 4) : String.valueOf(v);
    }
}
