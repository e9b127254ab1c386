package org.ccsweep.jobs.report;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Naive;
import org.ccsweep.jobs.figures.Selections;

/** L/p falls linearly with small σ, then rises past the naive line (Figure 5 right). */
final class SigmaFallsThenRises implements Claim {
    static final String ROWS = """
            WITH scan AS (%s),
            best AS (SELECT mixing, min_by(x, mean) AS s_star, max(x) AS s_max FROM scan GROUP BY mixing)
            SELECT s.mixing, b.s_star, b.s_max,
                   corr(s.x, s.mean) FILTER (WHERE s.x <= b.s_star) AS r_fall,
                   count(*) FILTER (WHERE s.x <= b.s_star) AS k_fall,
                   min_by(struct(s.mean, s.ci95_low, s.ci95_high, s.n), s.mean) AS best,
                   max_by(struct(s.mean, s.ci95_low, s.ci95_high, s.n), s.x) AS last
            FROM scan s JOIN best b ON s.mixing = b.mixing
            GROUP BY s.mixing, b.s_star, b.s_max ORDER BY s.mixing DESC""".formatted(Selections.SIGMA_SCAN);

    @Override
    public String statement() {
        return "Loss falls linearly with small σ, then rises past the naive line.";
    }

    @Override
    public String paper() {
        return "For small σ the loss decreases linearly with the magnitude of M; at large σ it increases again, "
                + "above the naive loss (Figure 5 right, σ up to 0.08, p = 0.01).";
    }

    @Override
    public String rule() {
        return "yes when, for every kind of M scanned, L/p against σ up to its minimum σ* has Pearson r ≤ −0.95 over ≥ 3 σ, "
                + "the minimum's interval lies below 1/12, σ* is not the largest σ, and the largest σ's interval lies above 1/12";
    }

    @Override
    public String needs() {
        return "a fixed-σ scan at p_train = 0.01 with 3 or more σ per kind of M (conf/paper/fig5-right.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        return Finding.perKind(spark, ROWS, row -> {
            Interval best = Interval.of(row.getAs("best"));
            Interval last = Interval.of(row.getAs("last"));
            double sStar = row.getAs("s_star");
            double sMax = row.getAs("s_max");
            Double r = row.getAs("r_fall");
            long k = row.getAs("k_fall");
            return new Verdict()
                    .holds(k >= 3, "only " + k + " σ up to the minimum σ* = " + Interval.plain(sStar) + " (3 needed to call the fall linear): "
                            + "the scan is too coarse below σ*")
                    .holds(k < 3 || r != null && r <= -0.95, "the fall is not linear: r = " + (r == null ? "n/a" : Interval.fmt(r))
                            + (r == null ? "" : ", " + Interval.fmt(r + 0.95) + " above −0.95"))
                    .below("the minimum", best, Naive.LOSS_PER_FEATURE, "1/12")
                    .holds(sStar < sMax, "the minimum is at the scan's largest σ = " + Interval.plain(sMax) + ": the scan stops before the loss "
                            + "rises again")
                    .above("L/p at the largest σ", last, Naive.LOSS_PER_FEATURE, "1/12")
                    .finding("r = " + (r == null ? "n/a" : Interval.fmt(r)) + " over " + k + " σ ≤ " + Interval.plain(sStar)
                            + ", minimum " + best + " at σ = " + Interval.plain(sStar) + ", at σ = " + Interval.plain(sMax) + ": " + last);
        });
    }
}
