package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.SeedStats;
import org.ccsweep.jobs.figures.Selections;

/** A non-zero offset on the unrepresented outputs improves the naive model in the dense regime (Figure 10). */
final class OffsetImprovesDense implements Claim {
    /** naive and naive-offset on clean M at the densest p both were profiled at, successful tasks only. */
    static final String ROWS = """
            WITH b AS (
              SELECT baseline, p_eval, %s, avg(offset) AS offset FROM baselines
              WHERE mixing = 'clean' AND baseline IN ('naive', 'naive-offset') AND %s GROUP BY baseline, p_eval),
            dense AS (SELECT max(o.p_eval) AS p FROM b o JOIN b n ON o.p_eval = n.p_eval
                      WHERE o.baseline = 'naive-offset' AND n.baseline = 'naive')
            SELECT b.* FROM b JOIN dense ON b.p_eval = dense.p ORDER BY b.baseline""".formatted(SeedStats.of("loss_per_feature"),
            Selections.BASELINE_OK);

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String statement() {
        return "The offset improves the dense regime.";
    }

    @Override
    public String paper() {
        return "A non-zero offset in the W_out entries of unrepresented features improves the loss in the dense regime "
                + "(Figure 10 left), enough to match or beat the clean-trained model there (Figure 10 right).";
    }

    @Override
    public String rule() {
        return "yes when, on clean labels at the densest p profiled for both, naive + offset has its interval below the naive model's";
    }

    @Override
    public String needs() {
        return "naive and naive-offset baselines on clean M at a common p (conf/paper/fig10.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(ROWS).collectAsList();
        if (rows.size() != 2) {
            return Optional.empty();
        }
        Interval naive = Interval.of(rows.get(0));
        Interval offset = Interval.of(rows.get(1));
        return Optional.of(new Verdict().apart("naive + offset", offset, "the naive model", naive)
                .finding("at p = " + rows.get(0).getAs("p_eval") + ": naive " + naive + ", naive + offset " + offset
                        + " (offset b = " + Interval.fmt(rows.get(1).<Double>getAs("offset")) + ")"));
    }
}
