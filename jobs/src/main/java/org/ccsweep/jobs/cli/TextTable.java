package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A result as an aligned table for reading: a header, a rule, one line per row (numbers right-aligned,
 * NULL for null, line breaks in a value shown as spaces).
 */
final class TextTable {
    private TextTable() {
    }

    static void print(StructType schema, List<Row> rows, PrintStream out) {
        StructField[] fields = schema.fields();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[fields.length];
        for (int c = 0; c < fields.length; c++) {
            width[c] = fields[c].name().length();
        }
        for (Row row : rows) {
            String[] line = new String[fields.length];
            for (int c = 0; c < fields.length; c++) {
                line[c] = row.isNullAt(c) ? "NULL" : Csv.text(row.get(c)).replaceAll("\\R", " ");
                width[c] = Math.max(width[c], line[c].length());
            }
            cells.add(line);
        }
        String[] header = new String[fields.length];
        String[] rule = new String[fields.length];
        for (int c = 0; c < fields.length; c++) {
            header[c] = fields[c].name();
            rule[c] = "-".repeat(width[c]);
        }
        out.println(line(header, width, fields, false));
        out.println(line(rule, width, fields, false));
        for (String[] row : cells) {
            out.println(line(row, width, fields, true));
        }
    }

    private static String line(String[] cells, int[] width, StructField[] fields, boolean alignNumbers) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            boolean right = alignNumbers && fields[c].dataType() instanceof NumericType;
            String pad = " ".repeat(width[c] - cells[c].length());
            line.append(c == 0 ? "" : "  ").append(right ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
        }
        return line.toString();
    }
}
