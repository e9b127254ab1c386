package org.ccsweep.jobs.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** How {@code sql} prints a result ({@code --format}): CSV with a header, an aligned table, or JSON Lines. */
enum OutputFormat {
    CSV, TABLE, JSON;

    static OutputFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("--format: " + name + " is not a format; allowed: csv, table, json"));
    }

    void print(StructType schema, List<Row> rows, PrintStream out) {
        switch (this) {
            case CSV -> Csv.print(schema, rows, out);
            case TABLE -> TextTable.print(schema, rows, out);
            case JSON -> JsonLines.print(schema, rows, out);
        }
    }
}
