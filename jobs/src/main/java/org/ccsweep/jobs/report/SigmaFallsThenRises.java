package org.ccsweep.jobs.report;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Scans;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.Selections;

/** L/p falls linearly with small σ, then rises past the naive line (Figure 5 right). */
final class SigmaFallsThenRises implements Claim {
    /** Per scan over σ: where its minimum is, the fall's linearity up to it, and L/p at the minimum and at the end. */
    static final String ROWS = """
            WITH scan AS (%s),
            best AS (SELECT scan, min_by(x, mean) AS s_star, max(x) AS s_max FROM scan GROUP BY scan)
            SELECT s.scan, first(s.mixing) AS mixing, avg(s.naive_reference) AS naive, b.s_star, b.s_max,
                   corr(s.x, s.mean) FILTER (WHERE s.x <= b.s_star) AS r_fall,
                   count(*) FILTER (WHERE s.x <= b.s_star) AS k_fall,
                   min_by(struct(s.mean, s.ci95_low, s.ci95_high, s.n), s.mean) AS best,
                   max_by(struct(s.mean, s.ci95_low, s.ci95_high, s.n), s.x) AS last
            FROM scan s JOIN best b ON s.scan = b.scan
            GROUP BY s.scan, b.s_star, b.s_max ORDER BY mixing DESC, s.scan""".formatted(Selections.SIGMA_SCAN);

    @Override
    public Section section() {
        return Section.CC;
    }

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
        return "yes when, for every scan over σ (each kind of M, at its p_train), L/p against σ up to its minimum σ* has Pearson "
                + "r ≤ −0.95 over ≥ 3 σ, the minimum's interval lies below the naive line, σ* is not the largest σ, and the "
                + "largest σ's interval lies above the naive line";
    }

    @Override
    public String needs() {
        return "a fixed-σ scan with 3 or more σ per kind of M (conf/paper/fig5-right.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        Map<String, String> labels = Scans.labels(spark.sql(Selections.SIGMA_SCAN).collectAsList(), "sigma");
        return Finding.perGroup(spark.sql(ROWS).collectAsList(), row -> labels.get(row.<String>getAs("scan")), row -> {
            Interval best = Interval.of(row.getAs("best"));
            Interval last = Interval.of(row.getAs("last"));
            double sStar = row.getAs("s_star");
            double sMax = row.getAs("s_max");
            Double r = row.getAs("r_fall");
            long k = row.getAs("k_fall");
            double naive = row.getAs("naive");
            String naiveName = "the naive line (" + Interval.fmt(naive) + ")";
            return new Verdict()
                    .holds(k >= 3, "only " + k + " σ up to the minimum σ* = " + Interval.plain(sStar) + " (3 needed to call the fall linear): "
                            + "the scan is too coarse below σ*")
                    .holds(k < 3 || r != null && r <= -0.95, "the fall is not linear: r = " + (r == null ? "n/a" : Interval.fmt(r))
                            + (r == null ? "" : ", " + Interval.fmt(r + 0.95) + " above −0.95"))
                    .below("the minimum", best, naive, naiveName)
                    .holds(sStar < sMax, "the minimum is at the scan's largest σ = " + Interval.plain(sMax) + ": the scan stops before the loss "
                            + "rises again")
                    .above("L/p at the largest σ", last, naive, naiveName)
                    .finding("r = " + (r == null ? "n/a" : Interval.fmt(r)) + " over " + k + " σ ≤ " + Interval.plain(sStar)
                            + ", minimum " + best + " at σ = " + Interval.plain(sStar) + ", at σ = " + Interval.plain(sMax) + ": " + last);
        });
    }
}
