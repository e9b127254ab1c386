package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Our side of a claim: the numbers (means ± 95 % half-widths), whether they agree with the paper under
 * its rule, and a note: where ours disagrees, by how much and why (every failed condition, see
 * {@link Verdict}); where it agrees, what else the numbers show, or empty.
 */
public record Finding(String ours, boolean agrees, String note) {

    /**
     * A claim judged kind by kind: one row of {@code sql} per kind of M (column {@code mixing}), each
     * judged by {@code perKind}; the claim agrees when every kind does, and the notes are joined kind by
     * kind. Empty when the query has no row.
     */
    static Optional<Finding> perKind(SparkSession spark, String sql, Function<Row, Finding> perKind) {
        List<Row> rows = spark.sql(sql).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder ours = new StringBuilder();
        StringBuilder note = new StringBuilder();
        boolean agrees = true;
        for (Row row : rows) {
            Finding kind = perKind.apply(row);
            String mixing = row.getAs("mixing");
            agrees &= kind.agrees();
            ours.append(ours.length() == 0 ? "" : "; ").append(mixing).append(": ").append(kind.ours());
            if (!kind.note().isEmpty()) {
                note.append(note.length() == 0 ? "" : "; ").append(mixing).append(": ").append(kind.note());
            }
        }
        return Optional.of(new Finding(ours.toString(), agrees, note.toString()));
    }
}
