package org.ccsweep.jobs.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of a claim's rule, checked one by one. Each condition that fails leaves a line saying by
 * how much it missed and, for intervals, why in the one way the numbers can tell: the mean itself is on
 * the wrong side (ours differs), or only the 95 % interval crosses (the seeds do not resolve it).
 */
final class Verdict {
    private final List<String> misses = new ArrayList<>();

    /** {@code what}'s interval lies entirely below {@code bound} (named {@code boundName}). */
    Verdict below(String what, Interval x, double bound, String boundName) {
        if (!(x.upper() < bound)) {
            misses.add(x.mean() >= bound
                    ? what + " is not below " + boundName + ": its mean is " + Interval.fmt(x.mean() - bound) + " above"
                    : what + "'s mean is " + Interval.fmt(bound - x.mean()) + " below " + boundName + " but its interval reaches "
                            + Interval.fmt(x.upper()) + unresolved(x));
        }
        return this;
    }

    /** {@code what}'s interval lies entirely above {@code bound}. */
    Verdict above(String what, Interval x, double bound, String boundName) {
        if (!(x.lower() > bound)) {
            misses.add(x.mean() <= bound
                    ? what + " is not above " + boundName + ": its mean is " + Interval.fmt(bound - x.mean()) + " below"
                    : what + "'s mean is " + Interval.fmt(x.mean() - bound) + " above " + boundName + " but its interval reaches "
                            + Interval.fmt(x.lower()) + unresolved(x));
        }
        return this;
    }

    /** {@code low}'s interval lies entirely below {@code high}'s. */
    Verdict apart(String lowName, Interval low, String highName, Interval high) {
        if (!(low.upper() < high.lower())) {
            misses.add(low.mean() >= high.mean()
                    ? lowName + " is not below " + highName + ": its mean is " + Interval.fmt(low.mean() - high.mean()) + " higher"
                    : lowName + " is " + Interval.fmt(high.mean() - low.mean()) + " below " + highName + " in the mean but the "
                            + "intervals overlap by " + Interval.fmt(low.upper() - high.lower()) + unresolved(low, high));
        }
        return this;
    }

    /** A condition that is not an interval comparison; {@code miss} says by how much and why when it fails. */
    Verdict holds(boolean condition, String miss) {
        if (!condition) {
            misses.add(miss);
        }
        return this;
    }

    boolean agrees() {
        return misses.isEmpty();
    }

    /** The finding: agrees when every condition held; the note lists the misses, then {@code more} if any. */
    Finding finding(String ours, String more) {
        List<String> note = new ArrayList<>(misses);
        if (more != null && !more.isEmpty()) {
            note.add(more);
        }
        return new Finding(ours, agrees(), String.join("; ", note));
    }

    Finding finding(String ours) {
        return finding(ours, null);
    }

    private static String unresolved(Interval... xs) {
        long n = Long.MAX_VALUE;
        for (Interval x : xs) {
            n = Math.min(n, x.n());
        }
        return " (n = " + n + " seeds do not resolve the difference)";
    }
}
