package org.ccsweep.jobs.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.stats.StudentT;

/**
 * The neuron-scaling study of one setting (bisection runs that differ only in m' and the seed), read from
 * uand_scaling: per m', the seed median of d_min, a seed that missed the target at every width counting as
 * above all others (no median when half or more missed); and the least-squares line ln d_min = a + s ln m'
 * through the medians, with the 95 % interval of s from Student's t with n − 2 degrees of freedom.
 * The two bounds of Adler and Shavit, Ω(√(m' ln m')) and O(√m' ln m') neurons, are compared as slopes over
 * the same m' range: (ln f(m'_max) − ln f(m'_min)) / (ln m'_max − ln m'_min).
 *
 * @param setting     the setting's model columns as JSON (what its runs share)
 * @param features    m
 * @param p           the probability a feature is on
 * @param target      the error target
 * @param points      per m', ascending
 * @param slope       s
 * @param intercept   a
 * @param slopeHalf   the half-width of s's 95 % interval
 */
public record ScalingFit(String setting, int features, double p, double target, List<Point> points, double slope,
                         double intercept, double slopeHalf) {

    /**
     * One m' of the setting.
     *
     * @param pairs   m'
     * @param seeds   its runs
     * @param dMin    the d_min of the seeds that reached the target, ascending
     * @param median  the seed median, NaN when half or more of the seeds missed
     */
    public record Point(int pairs, int seeds, int[] dMin, double median) {
    }

    static final String POINTS = """
            WITH r AS (SELECT *, %s AS setting FROM runs WHERE status = 'ok')
            SELECT r.setting, first(r.n_features) AS m, first(r.p_train) AS p, first(s.target) AS target, s.m_pairs,
                   count(*) AS seeds, sort_array(collect_list(s.d_min)) AS d_min
            FROM r JOIN uand_scaling s ON s.run_id = r.run_id
            GROUP BY r.setting, s.m_pairs ORDER BY r.setting, s.m_pairs""".formatted(
            Scans.keyExcept("uand_pairs"));

    /** Every setting of the results with 3 or more m' that have a median (a line needs one degree of freedom). */
    public static List<ScalingFit> read(SparkSession spark) {
        List<ScalingFit> fits = new ArrayList<>();
        List<Row> rows = spark.sql(POINTS).collectAsList();
        for (int start = 0; start < rows.size(); ) {
            String setting = rows.get(start).getAs("setting");
            List<Point> points = new ArrayList<>();
            int end = start;
            while (end < rows.size() && rows.get(end).getAs("setting").equals(setting)) {
                Row row = rows.get(end++);
                int[] reached = row.<Integer>getList(row.fieldIndex("d_min")).stream().mapToInt(Integer::intValue).toArray();
                int seeds = (int) row.<Long>getAs("seeds").longValue();
                points.add(new Point(row.getAs("m_pairs"), seeds, reached, median(reached, seeds)));
            }
            Row first = rows.get(start);
            fit(setting, first.getAs("m"), first.getAs("p"), first.getAs("target"), points).ifPresent(fits::add);
            start = end;
        }
        return fits;
    }

    /** The median of {@code seeds} values of which {@code reached} are known and the others above them all. */
    static double median(int[] reached, int seeds) {
        double[] all = new double[seeds];
        Arrays.fill(all, Double.POSITIVE_INFINITY);
        for (int i = 0; i < reached.length; i++) {
            all[i] = reached[i];
        }
        double m = seeds % 2 == 1 ? all[seeds / 2] : (all[seeds / 2 - 1] + all[seeds / 2]) / 2;
        return Double.isInfinite(m) ? Double.NaN : m;
    }

    private static Optional<ScalingFit> fit(String setting, int features, double p, double target,
            List<Point> points) {
        List<Point> fitted = points.stream().filter(pt -> !Double.isNaN(pt.median())).toList();
        int n = fitted.size();
        if (n < 3) {
            return Optional.empty();
        }
        double mx = 0;
        double my = 0;
        for (Point pt : fitted) {
            mx += Math.log(pt.pairs()) / n;
            my += Math.log(pt.median()) / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (Point pt : fitted) {
            double dx = Math.log(pt.pairs()) - mx;
            sxx += dx * dx;
            sxy += dx * (Math.log(pt.median()) - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double residuals = 0;
        for (Point pt : fitted) {
            double r = Math.log(pt.median()) - intercept - slope * Math.log(pt.pairs());
            residuals += r * r;
        }
        double se = Math.sqrt(residuals / (n - 2) / sxx);
        double half = StudentT.quantile(0.975, n - 2) * se;
        return Optional.of(new ScalingFit(setting, features, p, target, points, slope, intercept, half));
    }

    /** The points the line goes through: those with a median. */
    public List<Point> fitted() {
        return points.stream().filter(pt -> !Double.isNaN(pt.median())).toList();
    }

    /** The smallest m' fitted. */
    public double minPairs() {
        return fitted().get(0).pairs();
    }

    /** The largest m' fitted. */
    public double maxPairs() {
        List<Point> f = fitted();
        return f.get(f.size() - 1).pairs();
    }

    /** The slope of √(m' ln m'), the lower bound, over the fitted range. */
    public double lowerBoundSlope() {
        return boundSlope(m -> 0.5 * Math.log(m) + 0.5 * Math.log(Math.log(m)));
    }

    /** The slope of √m' ln m', the construction's upper bound, over the fitted range. */
    public double upperBoundSlope() {
        return boundSlope(m -> 0.5 * Math.log(m) + Math.log(Math.log(m)));
    }

    private double boundSlope(DoubleUnaryOperator lnF) {
        return (lnF.applyAsDouble(maxPairs()) - lnF.applyAsDouble(minPairs())) / Math.log(maxPairs() / minPairs());
    }

    /** e.g. {@code m = 64, p = 0.03, target RMS 0.3}. */
    public String label() {
        return String.format(Locale.ROOT, "m = %d, p = %s, target RMS %s", features, p, target);
    }
}
