package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Our side of a claim: the numbers (means ± 95 % half-widths) and whether they agree with the paper under its rule. */
public record Finding(String ours, boolean agrees) {

    /**
     * A claim judged kind by kind: one row of {@code sql} per kind of M (column {@code mixing}), each
     * judged by {@code perKind}; the claim agrees when every kind does. Empty when the query has no row.
     */
    static Optional<Finding> perKind(SparkSession spark, String sql, Function<Row, Finding> perKind) {
        List<Row> rows = spark.sql(sql).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder ours = new StringBuilder();
        boolean agrees = true;
        for (Row row : rows) {
            Finding kind = perKind.apply(row);
            agrees &= kind.agrees();
            ours.append(ours.length() == 0 ? "" : "; ").append(row.<String>getAs("mixing")).append(": ").append(kind.ours());
        }
        return Optional.of(new Finding(ours.toString(), agrees));
    }
}
