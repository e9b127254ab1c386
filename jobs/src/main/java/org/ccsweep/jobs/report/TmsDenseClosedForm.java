package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.SeedStats;

/**
 * Dense, the m = 2 model finds the PCA-like solution (the m most important features exactly, the best constant for
 * the rest), whose loss has a closed form: L = Σ_{i ≥ m} I_i / (12 n) at p = 1, the run's naive reference line there
 * (runs.naive_reference_loss_per_feature).
 */
final class TmsDenseClosedForm implements Claim {
    static final String DENSE = """
            WITH runs AS (%s)
            SELECT first(n_features) AS n_features, first(d_mlp) AS m, avg(naive) AS closed_form, %s
            FROM runs WHERE p_train = 1 HAVING count(*) > 0""".formatted(TmsIntroRuns.RUNS, SeedStats.of("loss_per_feature"));

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String statement() {
        return "Dense features: the loss of the orthogonal, PCA-like solution.";
    }

    @Override
    public String paper() {
        return "With dense features the model represents the m most important features in an orthogonal basis and ignores "
                + "the rest (Figure 1, left); outputting each ignored feature's mean, E[x_i] = 1/2, that solution's loss is "
                + "Σ_{i ≥ m} I_i Var(x_i) / n = Σ_{i ≥ m} I_i / (12 n): 0.036585 at n = 5, m = 2, I_i = 0.9^i.";
    }

    @Override
    public String rule() {
        return "L/p at p_train = 1 (= L), seed mean ± 95 %; yes when the closed form lies in the interval";
    }

    @Override
    public String needs() {
        return "tms runs with m = 2 trained at p = 1 (conf/beyond/tms-intro.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(DENSE).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        Interval loss = Interval.of(row);
        double closedForm = row.getAs("closed_form");
        String ours = "L at p = 1, n = " + row.getAs("n_features") + ", m = " + row.getAs("m") + ": " + loss + ", closed form "
                + String.format(java.util.Locale.ROOT, "%.6f", closedForm) + " (ours − closed form: "
                + String.format(java.util.Locale.ROOT, "%+.2f %%", 100 * (loss.mean() - closedForm) / closedForm) + ")";
        return Optional.of(new Verdict().holds(loss.lower() <= closedForm && closedForm <= loss.upper(),
                "the closed form " + Interval.fmt(closedForm) + " is outside the interval [" + Interval.fmt(loss.lower()) + ", "
                        + Interval.fmt(loss.upper()) + "]" + (loss.mean() > closedForm
                                ? ": the seeds end above the solution's loss (not all of them reached it)"
                                : ": the seeds end below it (the ReLU does better than the PCA-like solution)"))
                .finding(ours));
    }
}
