package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One analysed run a figure draws (Figures 3, 4, 7 and 8), picked by a query with columns run_id, p_train, mixing, sigma. */
record AnalysedModel(String runId, double pTrain, String mixing, double sigma) {
    static Optional<AnalysedModel> pick(SparkSession spark, String sql) {
        List<Row> rows = spark.sql(sql).collectAsList();
        return rows.stream().findFirst().map(r -> new AnalysedModel(r.getAs("run_id"), r.<Double>getAs("p_train"),
                r.getAs("mixing"), r.<Double>getAs("sigma")));
    }

    /** e.g. "asymmetric M, σ = 0.03, trained at p = 0.01, seed 0". */
    String describe() {
        return mixing + " M, σ = " + Labels.number(sigma) + ", trained at p = " + Labels.number(pTrain) + ", seed 0";
    }

    /** The picked run's rows of {@code sql}, a query with one %s for the run id. */
    List<Row> rows(SparkSession spark, String sql) {
        return spark.sql(sql.formatted(runId)).collectAsList();
    }
}
