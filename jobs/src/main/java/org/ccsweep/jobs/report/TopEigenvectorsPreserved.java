package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.SeedStats;

/** W_in·W_out preserves the top-d eigenvectors of the symmetrised M_s and not the rest (Figure 7). */
final class TopEigenvectorsPreserved implements Claim {
    /**
     * Per analysed run with M ≠ 0 of a sweep whose analysed runs share one p_train (the alignment study, as
     * Figures 7 and 8 pick): mean cosine of the top d and of the rest; then the point with the largest σ.
     */
    static final String ROWS = """
            WITH single AS (SELECT sweep FROM runs WHERE status = 'ok' AND run_id IN (SELECT run_id FROM alignment)
              GROUP BY sweep HAVING count(DISTINCT p_train) = 1),
            per_run AS (
              SELECT r.point_id, r.mixing, r.sigma, r.d_mlp, r.p_train,
                     avg(CASE WHEN a.idx < r.d_mlp THEN a.cosine END) AS top, avg(CASE WHEN a.idx >= r.d_mlp THEN a.cosine END) AS rest
              FROM runs r JOIN alignment a ON a.run_id = r.run_id
              WHERE r.status = 'ok' AND a.basis = 'eigen' AND r.sweep IN (SELECT sweep FROM single) AND r.mixing != 'clean'
                AND coalesce(r.transplant_steps, 0) = 0
              GROUP BY r.point_id, r.mixing, r.sigma, r.d_mlp, r.p_train, r.run_id),
            pick AS (SELECT max_by(point_id, struct(sigma, point_id)) AS point_id FROM per_run)
            SELECT mixing, sigma, d_mlp, p_train, struct(%s) AS top, struct(%s) AS rest
            FROM per_run JOIN pick USING (point_id) GROUP BY mixing, sigma, d_mlp, p_train""".formatted(SeedStats.of("top"),
            SeedStats.of("rest"));

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String statement() {
        return "The top-d eigenvectors (d = 50 neurons) are preserved and the rest not.";
    }

    @Override
    public String paper() {
        return "The top 50 eigen- and singular vectors (by eigen-/singular value) keep a high cosine through W_out·W_in; "
                + "the remaining 50 have near-zero cosine (Figure 7, σ = 0.03).";
    }

    @Override
    public String rule() {
        return "yes when, averaged over each run's eigenvectors, the mean cosine of the top d (its neurons) has its interval above 0.5 "
                + "and that of the rest has its interval below 0.2";
    }

    @Override
    public String needs() {
        return "analysed models with M ≠ 0 of a sweep analysing one p_train (conf/paper/fig7-8.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(ROWS).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        Interval top = Interval.of(row.getAs("top"));
        Interval rest = Interval.of(row.getAs("rest"));
        return Optional.of(new Verdict()
                .above("the top-d mean cosine", top, 0.5, "0.5")
                .below("the rest's mean cosine", rest, 0.2, "0.2")
                .finding(row.getAs("mixing") + " M, σ = " + Interval.plain(row.<Double>getAs("sigma")) + ", p = "
                        + Interval.plain(row.<Double>getAs("p_train")) + ": mean cosine of the top "
                        + row.getAs("d_mlp") + " eigenvectors " + top + ", of the rest " + rest));
    }
}
