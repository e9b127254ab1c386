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
        return perGroup(spark.sql(sql).collectAsList(), row -> row.getAs("mixing"), perKind);
    }

    /**
     * A claim judged group by group (a scan, a kind of M): one row per group, each judged by {@code judge}
     * and named by {@code label}; the claim agrees when every group does. Empty without rows.
     */
    static Optional<Finding> perGroup(List<Row> rows, Function<Row, String> label, Function<Row, Finding> judge) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder ours = new StringBuilder();
        StringBuilder note = new StringBuilder();
        boolean agrees = true;
        for (Row row : rows) {
            Finding kind = judge.apply(row);
            String mixing = label.apply(row);
            agrees &= kind.agrees();
            ours.append(ours.length() == 0 ? "" : "; ").append(mixing).append(": ").append(kind.ours());
            if (!kind.note().isEmpty()) {
                note.append(note.length() == 0 ? "" : "; ").append(mixing).append(": ").append(kind.note());
            }
        }
        return Optional.of(new Finding(ours.toString(), agrees, note.toString()));
    }
}
