package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.SeedStats;

/**
 * Superposition appears as features get sparser (TMS Figure 1): dense, the m = 2 model represents exactly m
 * features; at the sparsest p_train it represents more than m, beyond the seeds' interval.
 */
final class TmsSuperpositionWithSparsity implements Claim {
    static final String COUNTS = """
            WITH runs AS (%s)
            SELECT p_train, first(d_mlp) AS m, min(size(represented)) AS fewest, max(size(represented)) AS most, %s
            FROM runs GROUP BY p_train ORDER BY p_train""".formatted(TmsIntroRuns.RUNS, SeedStats.of("size(represented)"));

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String statement() {
        return "Superposition appears as features get sparser.";
    }

    @Override
    public String paper() {
        return "With dense features the n = 5, m = 2 model represents the two most important features in an orthogonal "
                + "basis, as PCA would, and the others not at all; as sparsity rises it represents more, and at 1 − S = 0.05 "
                + "all five, in superposition (Figure 1).";
    }

    @Override
    public String rule() {
        return "represented = ‖W_i‖ > 0.5; yes when at the densest p_train every seed represents exactly m features, and at "
                + "the sparsest p_train the seeds' mean count is above m beyond its 95 % interval";
    }

    @Override
    public String needs() {
        return "tms runs with m = 2 at 2 or more p_train values (conf/beyond/tms-intro.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(COUNTS).collectAsList();
        if (rows.size() < 2) {
            return Optional.empty();
        }
        Row sparsest = rows.get(0);
        Row densest = rows.get(rows.size() - 1);
        int m = densest.getAs("m");
        Interval sparse = Interval.of(sparsest);
        int fewest = densest.getAs("fewest");
        int most = densest.getAs("most");
        String ours = "features represented, seed mean ± 95 %: at p = " + TmsIntroRuns.p(densest.getAs("p_train")) + " "
                + Interval.of(densest) + " (from " + fewest + " to " + most + "); at p = "
                + TmsIntroRuns.p(sparsest.getAs("p_train")) + " " + sparse + " (from " + sparsest.getAs("fewest") + " to "
                + sparsest.getAs("most") + ")";
        return Optional.of(new Verdict()
                .holds(fewest == m && most == m, "at the densest p_train the seeds represent from " + fewest + " to " + most
                        + " features, not exactly m = " + m)
                .above("the sparsest p_train's count", sparse, m, "m = " + m)
                .finding(ours));
    }
}
