package org.ccsweep.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;

/**
 * Features enter superposition in order of importance (TMS Figure 1): at every p_train, the features the best seed
 * represents are the k most important for its k, and k does not shrink as features get sparser.
 */
final class TmsImportanceOrder implements Claim {
    static final String BEST = """
            WITH runs AS (%s)
            SELECT p_train, count(*) AS seeds, min_by(represented, loss_per_feature) AS best,
                   sum(CASE WHEN represented = sequence(0, size(represented) - 1) OR size(represented) = 0 THEN 1 ELSE 0 END)
                       AS prefixes
            FROM runs GROUP BY p_train ORDER BY p_train DESC""".formatted(TmsIntroRuns.RUNS);

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String statement() {
        return "Features are dropped in order of importance.";
    }

    @Override
    public String paper() {
        return "In Figure 1 (I_i = 0.9^i) the least important features are the first to go as features get denser: the "
                + "model keeps the most important ones, and adds the others in order of importance as sparsity rises.";
    }

    @Override
    public String rule() {
        return "represented = ‖W_i‖ > 0.5, best seed (lowest L/p) of each p_train; yes when at every p_train the represented "
                + "features are features 0..k−1 (the k most important) and k does not fall as p_train falls";
    }

    @Override
    public String needs() {
        return "tms runs with m = 2 at 2 or more p_train values (conf/beyond/tms-intro.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(BEST).collectAsList();
        if (rows.size() < 2) {
            return Optional.empty();
        }
        Verdict verdict = new Verdict();
        List<String> sets = new ArrayList<>();
        long prefixes = 0;
        long runs = 0;
        int previous = -1;
        for (Row row : rows) {
            List<Integer> best = row.getList(row.fieldIndex("best"));
            String p = TmsIntroRuns.p(row.getAs("p_train"));
            sets.add("p = " + p + ": " + best);
            boolean prefix = true;
            for (int i = 0; i < best.size(); i++) {
                prefix &= best.get(i) == i;
            }
            verdict.holds(prefix, "at p = " + p + " the best seed represents " + best + ", not the " + best.size()
                    + " most important");
            verdict.holds(best.size() >= previous, "at p = " + p + " the best seed represents " + best.size()
                    + " features, fewer than the " + previous + " at the denser p before it");
            previous = best.size();
            prefixes += row.<Long>getAs("prefixes");
            runs += row.<Long>getAs("seeds");
        }
        return Optional.of(verdict.finding("best seeds' represented features, dense to sparse: " + String.join("; ", sets),
                "over every seed, " + prefixes + " of " + runs + " runs represent the most important features only"));
    }
}
