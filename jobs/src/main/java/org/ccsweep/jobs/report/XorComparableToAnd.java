package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Scans;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.SeedStats;
import org.ccsweep.jobs.figures.UandSections;

/**
 * Hänni et al.'s genericity test (shared/seeds/003): with the first layer re-initialised at N(0, 1), zero bias,
 * and frozen, a learnt linear read-off computes U-XOR with interference errors comparable to U-AND's. Judged
 * per setting (runs that differ only in the operation and the seed) on both label classes' RMS errors.
 */
final class XorComparableToAnd implements Claim {
    /** The largest ratio of the two operations' errors, either way, that counts as comparable. */
    static final double FACTOR = 2.0;

    /** Per setting with frozen-Gaussian runs of both operations: both RMS errors' seed statistics per operation. */
    static final String ERRORS = """
            WITH r AS (SELECT *, %1$s AS setting FROM runs
                       WHERE status = 'ok' AND task = 'uand' AND NOT uand_bisect AND uand_first_layer = 'gaussian'),
            m AS (
              SELECT r.setting, r.uand_operation AS op, r.n_features, r.d_mlp, r.p_train, x.rms_zero, x.rms_positive
              FROM r JOIN uand_metrics x ON x.run_id = r.run_id AND x.readoff = 'trained'
              WHERE x.rms_zero IS NOT NULL AND x.rms_positive IS NOT NULL),
            per AS (
              SELECT setting, op, first(n_features) AS m, first(d_mlp) AS d, first(p_train) AS p,
                     struct(%2$s) AS zero, struct(%3$s) AS positive
              FROM m GROUP BY setting, op)
            SELECT a.setting, a.m, a.d, a.p, a.zero AS and_zero, a.positive AS and_positive, x.zero AS xor_zero,
                   x.positive AS xor_positive
            FROM per a JOIN per x ON a.setting = x.setting AND a.op = 'and' AND x.op = 'xor' ORDER BY a.setting""".formatted(
            Scans.keyExcept("uand_operation", "uand_first_layer", "uand_connect_p"), SeedStats.of("rms_zero"),
            SeedStats.of("rms_positive"));

    @Override
    public Section section() {
        return UandSections.GENERICITY;
    }

    @Override
    public String statement() {
        return "With the first layer frozen at a random init, a learnt read-off computes U-XOR with errors comparable "
                + "to U-AND's.";
    }

    @Override
    public String paper() {
        return "\"we reinitialised and froze the first layer of weights and biases, allowing the network only to learn "
                + "the linear readoff directions, and found that the error terms were comparably small in both cases\" "
                + "(Mendel, on Hänni et al.'s genericity of U-AND; weights N(0, 1), zero bias; shared/seeds/003)";
    }

    @Override
    public String rule() {
        return "per setting, the ratio of U-XOR's to U-AND's mean RMS read-off error, on outputs whose label is 0 and on "
                + "those whose label is 1, frozen N(0, 1) layer; yes when both ratios' intervals (from the ends of the two "
                + "95 % intervals) lie within [1/" + (int) FACTOR + ", " + (int) FACTOR + "]";
    }

    @Override
    public String needs() {
        return "uand runs with uand.first-layer = gaussian for both operations (conf/beyond/uand.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(ERRORS).collectAsList();
        return Finding.perGroup(rows, r -> String.format(Locale.ROOT, "m = %d, d = %d, p = %s", r.<Integer>getAs("m"),
                r.<Integer>getAs("d"), Interval.plain(r.<Double>getAs("p"))), this::judgeSetting);
    }

    private Finding judgeSetting(Row row) {
        Verdict verdict = new Verdict();
        StringBuilder ours = new StringBuilder();
        for (String label : List.of("zero", "positive")) {
            Interval and = Interval.of(row.getAs("and_" + label));
            Interval xor = Interval.of(row.getAs("xor_" + label));
            double[] ratio = CleanAdvantageVanishes.ratio(xor, and);
            String name = "label " + (label.equals("zero") ? "0" : "1");
            ours.append(ours.length() == 0 ? "" : "; ").append(name).append(": AND ").append(and).append(", XOR ")
                    .append(xor).append(", XOR / AND ").append(Interval.fmt(xor.mean() / and.mean())).append(" [")
                    .append(Interval.fmt(ratio[0])).append(", ").append(Interval.fmt(ratio[1])).append("]");
            verdict.holds(ratio[0] >= 1 / FACTOR && ratio[1] <= FACTOR, name + ": XOR / AND reaches ["
                    + Interval.fmt(ratio[0]) + ", " + Interval.fmt(ratio[1]) + "], outside [1/" + (int) FACTOR + ", "
                    + (int) FACTOR + "]" + (xor.mean() / and.mean() > FACTOR || xor.mean() / and.mean() < 1 / FACTOR
                    ? " in the means: ours differs" : " only by the intervals: the seeds do not resolve it"));
        }
        return verdict.finding(ours.toString(), "");
    }
}
