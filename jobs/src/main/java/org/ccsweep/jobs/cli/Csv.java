package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** RFC 4180 CSV: a header row, then one line per row; fields with a comma, quote or newline are quoted. */
final class Csv {
    private Csv() {
    }

    static void print(StructType schema, List<Row> rows, PrintStream out) {
        out.println(String.join(",", List.of(schema.fieldNames()).stream().map(Csv::field).toList()));
        for (Row row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length(); i++) {
                line.append(i == 0 ? "" : ",").append(row.isNullAt(i) ? "" : field(text(row.get(i))));
            }
            out.println(line);
        }
    }

    /** A value as text: arrays as [a, b], everything else by its toString. */
    static String text(Object v) {
        if (v instanceof scala.collection.Seq<?> seq) {
            return scala.jdk.javaapi.CollectionConverters.asJava(seq).toString();
        }
        return String.valueOf(v);
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
