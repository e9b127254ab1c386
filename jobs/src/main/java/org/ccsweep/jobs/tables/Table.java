package org.ccsweep.jobs.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * The result tables. Each schema is defined once, in {@code schemas/<name>.avsc} with a doc per
 * field; writers, Spark readers and views derive from it. Each table lives in {@code OUTPUT/<name>/}.
 */
public enum Table {
    PROFILES, CURVES, WEIGHTS, TRANSPLANTS,
    /** Analysis tables: rows only for runs of a sweep with analysis.enabled. */
    ANALYSES, RESPONSES, WEIGHT_BARS, ALIGNMENT, PROJECTIONS, ENTRIES, ENTRY_FITS, INTERFERENCE,
    /** Baseline tables: rows only for a sweep with baselines.kinds. */
    BASELINES, OFFSET_SCAN,
    /** The TMS task's tables: a row per feature and the weights of every tms run. */
    TMS_FEATURES, TMS_WEIGHTS,
    /** U-AND tables: read-off errors and accuracies of every run; d_min and the probes of bisection runs. */
    UAND_METRICS, UAND_ACCURACY, UAND_SCALING, UAND_PROBES,
    /** Written last in every chunk: its part file is the chunk's commit marker. */
    RUNS;

    private final Schema schema = load(tableName());

    public String tableName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Schema schema() {
        return schema;
    }

    /** The table of this name ({@code weight_bars}). @throws IllegalArgumentException for an unknown one */
    public static Table named(String name) {
        for (Table table : values()) {
            if (table.tableName().equals(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("no table named " + name);
    }

    private static Schema load(String name) {
        try (InputStream in = Table.class.getResourceAsStream("/schemas/" + name + ".avsc")) {
            if (in == null) {
                throw new IllegalStateException("schema resource /schemas/" + name + ".avsc is missing");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
