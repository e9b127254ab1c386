package org.ccsweep.model.task.tms;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;

/**
 * The loss profile L(p) = E[(1/n) Σ_j I_j (x_j − ŷ_j)²] of a TMS model over p_eval, in double precision, with
 * p_i = p · q^i. The empty input is separated exactly:
 * <pre>
 *   L(p) = P(empty) · L_∅ + (1 − P(empty)) · E[loss | x ≠ 0],
 *   P(empty) = Π_i (1 − p_i),   L_∅ = (1/n) Σ_j I_j ReLU(b_j)²
 * </pre>
 * and the conditional term is sampled from the exact conditional law: the first active feature J with
 * P(J = j | x ≠ 0) = p_j Π_{i&lt;j} (1 − p_i) / (1 − P(empty)), the features after it independently with p_i, every
 * active value U[0, 1). So sparse points waste no samples on empty inputs. Each point draws a pilot of
 * eval.pilot-per-k samples, then up to {@value #ROUNDS} rounds top the points up to the samples their pilot
 * variance needs for SE(L/p) ≤ eval.target-rel-se · L/p, the top-ups shrunk in proportion when they would pass
 * eval.max-samples in all (the pilots are always drawn); a missed target shows in the stderr column. Draws come from
 * {@code rng} in a fixed order (point by point, round by round), so the profile depends on the model, the grid and
 * the stream only.
 */
final class TmsEvaluator {
    static final int ROUNDS = 4;

    private final int n;
    private final int m;
    private final double[] w;
    private final double[] b;
    private final double[] importance;
    private final double densityDecay;
    private final double[] x;
    private final double[] h;

    TmsEvaluator(TmsModel model, double[] importance, double densityDecay) {
        this.n = model.n();
        this.m = model.m();
        this.w = new double[n * m];
        for (int i = 0; i < w.length; i++) {
            w[i] = model.w()[i];
        }
        this.b = new double[n];
        for (int j = 0; j < n; j++) {
            b[j] = model.b()[j];
        }
        this.importance = importance.clone();
        this.densityDecay = densityDecay;
        this.x = new double[n];
        this.h = new double[m];
    }

    /** The profile over {@code pEval} (ascending, each in (0, 1]) to the run's precision. */
    LossProfile profile(double[] pEval, EvalPrecision precision, Rng rng) {
        Point[] points = new Point[pEval.length];
        long budget = precision.maxSamples();
        for (int q = 0; q < pEval.length; q++) {
            points[q] = new Point(TmsRun.powers(pEval[q], densityDecay, n));
            draw(points[q], precision.pilotPerK(), rng);
            budget -= precision.pilotPerK();
        }
        for (int round = 0; round < ROUNDS && budget > 0; round++) {
            long[] extra = new long[points.length];
            double wanted = 0;
            for (int q = 0; q < points.length; q++) {
                extra[q] = points[q].extraFor(precision.targetRelativeSe());
                wanted += extra[q];
            }
            if (wanted == 0) {
                break;
            }
            double shrink = Math.min(1.0, budget / wanted);
            for (int q = 0; q < points.length; q++) {
                long draws = (long) Math.floor(extra[q] * shrink);
                draw(points[q], draws, rng);
                budget -= draws;
            }
        }
        double[] loss = new double[pEval.length];
        double[] perFeature = new double[pEval.length];
        double[] stderr = new double[pEval.length];
        for (int q = 0; q < pEval.length; q++) {
            loss[q] = points[q].loss();
            perFeature[q] = loss[q] / pEval[q];
            stderr[q] = points[q].stderr() / pEval[q];
        }
        return new LossProfile(pEval.clone(), loss, perFeature, stderr);
    }

    /** The loss of the empty input, L_∅ = (1/n) Σ_j I_j ReLU(b_j)². */
    double emptyLoss() {
        double total = 0.0;
        for (int j = 0; j < n; j++) {
            double y = Math.max(b[j], 0.0);
            total += importance[j] * y * y;
        }
        return total / n;
    }

    private void draw(Point point, long samples, Rng rng) {
        for (long s = 0; s < samples; s++) {
            point.add(sampleLoss(point, rng));
        }
    }

    /** One input from the law given x ≠ 0, and its loss. */
    private double sampleLoss(Point point, Rng rng) {
        double u = rng.nextDouble();
        int first = 0;
        while (first < n - 1 && u >= point.firstCdf[first]) {
            first++;
        }
        for (int i = 0; i < n; i++) {
            x[i] = i == first ? rng.nextDouble()
                    : i > first && rng.nextDouble() < point.probabilities[i] ? rng.nextDouble() : 0.0;
        }
        java.util.Arrays.fill(h, 0.0);
        for (int i = first; i < n; i++) {
            if (x[i] != 0.0) {
                for (int k = 0; k < m; k++) {
                    h[k] += w[i * m + k] * x[i];
                }
            }
        }
        double total = 0.0;
        for (int j = 0; j < n; j++) {
            double z = b[j];
            for (int k = 0; k < m; k++) {
                z += w[j * m + k] * h[k];
            }
            double r = Math.max(z, 0.0) - x[j];
            total += importance[j] * r * r;
        }
        return total / n;
    }

    /** One p_eval point: its laws and the running mean and variance (Welford) of its conditional losses. */
    private final class Point {
        final double[] probabilities;
        /** P(J ≤ j | x ≠ 0), the last entry 1. */
        final double[] firstCdf;
        /** P(x = 0) and 1 − P(x = 0), the latter without cancellation. */
        final double empty;
        final double nonEmpty;
        long count;
        double mean;
        double m2;

        Point(double[] probabilities) {
            this.probabilities = probabilities;
            this.firstCdf = new double[n];
            double logNone = 0.0;
            for (double p : probabilities) {
                logNone += Math.log1p(-p);
            }
            this.empty = Math.exp(logNone);
            this.nonEmpty = -Math.expm1(logNone);
            double noneBefore = 1.0;
            double cumulative = 0.0;
            for (int j = 0; j < n; j++) {
                cumulative += probabilities[j] * noneBefore;
                noneBefore *= 1.0 - probabilities[j];
                firstCdf[j] = j == n - 1 ? 1.0 : Math.min(cumulative / nonEmpty, 1.0);
            }
        }

        void add(double loss) {
            count++;
            double delta = loss - mean;
            mean += delta / count;
            m2 += delta * (loss - mean);
        }

        double loss() {
            return empty * emptyLoss() + nonEmpty * mean;
        }

        double stderr() {
            return nonEmpty * Math.sqrt(m2 / (count - 1) / count);
        }

        /** The further samples the variance so far asks for SE(L) ≤ target · L, at least 0. */
        long extraFor(double target) {
            double sd = nonEmpty * Math.sqrt(m2 / (count - 1));
            double wantedSe = target * loss();
            if (sd <= wantedSe * Math.sqrt(count)) {
                return 0;
            }
            double needed = wantedSe > 0 ? Math.ceil(sd * sd / (wantedSe * wantedSe)) : Double.MAX_VALUE;
            return (long) Math.min(needed - count, (double) Long.MAX_VALUE / 4);
        }
    }
}
