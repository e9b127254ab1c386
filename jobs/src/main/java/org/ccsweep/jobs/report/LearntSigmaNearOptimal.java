package org.ccsweep.jobs.report;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Scans;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.SeedStats;
import org.ccsweep.jobs.figures.Selections;

/** A learnable σ converges near the σ with the lowest loss among fixed-σ runs (Figure 5). */
final class LearntSigmaNearOptimal implements Claim {
    /**
     * Per grid point with a learnt σ (plain runs, each run once): the seed statistics of its final |σ|, and the
     * best σ* and step of the fixed-σ scan that agrees with it on every other key column.
     */
    static final String ROWS = """
            WITH scan AS (%1$s),
            optimal AS (SELECT first(%2$s) AS match, min_by(x, mean) AS s_star, (max(x) - min(x)) / (count(*) - 1) AS step
              FROM scan GROUP BY scan),
            learnt_runs AS (SELECT s.* FROM (SELECT max_by(struct(*), sweep) AS s FROM runs
              WHERE status = 'ok' AND learn_sigma AND %3$s GROUP BY run_id)),
            learnt AS (SELECT %2$s AS match, first(mixing) AS mixing, %4$s FROM learnt_runs GROUP BY 1)
            SELECT l.mixing, l.n, l.mean, l.ci95_low, l.ci95_high, o.s_star, o.step
            FROM learnt l JOIN optimal o USING (match) ORDER BY l.mixing DESC, l.mean""".formatted(
            Selections.SIGMA_SCAN, Scans.keyExcept("sigma", "learn_sigma"), Selections.PLAIN, SeedStats.of("abs(final_sigma)"));

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String statement() {
        return "Learnable σ converges near the loss-optimal σ.";
    }

    @Override
    public String paper() {
        return "Trained jointly with the weights, σ settles at the magnitude of M that gives the lowest loss; the paper "
                + "uses it to set M's magnitude in Figure 5 left.";
    }

    @Override
    public String rule() {
        return "yes when, for every kind with both, the fixed-σ scan's best σ* lies within the learnt |σ|'s 95 % interval "
                + "widened by one scan step on each side (σ* is only known to the scan's resolution)";
    }

    @Override
    public String needs() {
        return "models with learnt σ and a fixed-σ scan of the same kind and otherwise the same settings (conf/paper/fig5-left.conf "
                + "with fig5-right.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        return Finding.perKind(spark, ROWS, row -> {
            Interval learnt = Interval.of(row);
            double sStar = row.getAs("s_star");
            double step = row.getAs("step");
            double outside = Math.max(learnt.lower() - step - sStar, sStar - learnt.upper() - step);
            return new Verdict()
                    .holds(outside <= 0, "σ* lies " + Interval.fmt(outside) + " outside the learnt |σ|'s interval widened by a "
                            + "scan step: the learnt σ settles " + (sStar < learnt.mean() ? "above" : "below") + " the scan's optimum")
                    .finding("learnt |σ| " + learnt + ", loss-optimal fixed σ* = " + Interval.plain(sStar) + " (scan step " + Interval.fmt(step) + ")");
        });
    }
}
