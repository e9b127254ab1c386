package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.ScalingFit;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.UandSections;

/**
 * Adler and Shavit: computing m' pairwise ANDs in superposition takes between Ω(√(m' log m')) and
 * O(√m' log m') neurons. Judged on the slope of ln d_min against ln m' ({@link ScalingFit}) per setting,
 * against the two bounds' slopes over the setting's own m' range.
 */
final class ScalingBetweenBounds implements Claim {
    @Override
    public Section section() {
        return UandSections.SCALING;
    }

    @Override
    public String statement() {
        return "The least width that computes m' pairwise ANDs in superposition grows as √m' up to logarithms, between "
                + "the lower bound √(m' log m') and the construction's √m' log m'.";
    }

    @Override
    public String paper() {
        return "Ω(√(m' log m')) neurons are necessary and O(√m' log m') suffice for pairwise AND (Adler and Shavit 2024, "
                + "arXiv 2409.15318); over m' from 100 to 3200 these grow with log-log slopes of about 0.58 and 0.66 "
                + "(shared/beyond.md)";
    }

    @Override
    public String rule() {
        return "per setting, the least-squares slope of ln d_min (seed median) against ln m' with its 95 % interval "
                + "(Student's t, n − 2 degrees of freedom); yes when the interval meets [slope of √(m' ln m'), slope of "
                + "√m' ln m'] over the same m' range";
    }

    @Override
    public String needs() {
        return "uand bisection runs over 3 or more m' (conf/beyond/uand-scaling.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<ScalingFit> fits = ScalingFit.read(spark);
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder ours = new StringBuilder();
        StringBuilder note = new StringBuilder();
        boolean agrees = true;
        for (ScalingFit fit : fits) {
            double low = fit.slope() - fit.slopeHalf();
            double high = fit.slope() + fit.slopeHalf();
            double lower = fit.lowerBoundSlope();
            double upper = fit.upperBoundSlope();
            ours.append(ours.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s, m' %s to %s (%d points): slope %.3f [%.3f, %.3f]; bounds' slopes %.3f and %.3f", fit.label(),
                    Interval.plain(fit.minPairs()), Interval.plain(fit.maxPairs()), fit.fitted().size(), fit.slope(),
                    low, high, lower, upper));
            boolean meets = high >= lower && low <= upper;
            agrees &= meets;
            if (!meets) {
                note.append(note.length() == 0 ? "" : "; ").append(fit.label()).append(String.format(Locale.ROOT,
                        ": the slope's interval [%.3f, %.3f] is %s the bounds' [%.3f, %.3f] by %.3f", low, high,
                        low > upper ? "above" : "below", lower, upper, low > upper ? low - upper : lower - high));
            }
        }
        return Optional.of(new Finding(ours.toString(), agrees, note.toString()));
    }
}
