package org.ccsweep.model.task.cc.baselines;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.eval.LossEvaluator;

/**
 * The naive model plus an offset (science.md, section 7): {@link NaiveModel}'s weights with
 * W_out[k, j] = b for every neuron k &lt; d and every unrepresented output j ≥ d. Output j ≥ d then
 * reads ŷ_j = b · Σ_{k &lt; d} ReLU(x_k), a guess of ReLU(x_j) from how many other features are on, which
 * pays when inputs are dense; the best b depends on p ({@link #optimalOffset}).
 *
 * @param nFeatures n
 * @param dMlp      d
 * @param offset    b
 * @param wIn       n × d, row-major
 * @param wOut      d × n, row-major
 */
public record NaiveOffsetModel(int nFeatures, int dMlp, double offset, float[] wIn, float[] wOut) {

    public NaiveOffsetModel {
        if (wIn.length != nFeatures * dMlp || wOut.length != dMlp * nFeatures) {
            throw new IllegalArgumentException("weights must hold nFeatures · dMlp = " + nFeatures * dMlp + " entries");
        }
    }

    public static NaiveOffsetModel of(int nFeatures, int dMlp, double offset) {
        NaiveModel naive = NaiveModel.of(nFeatures, dMlp);
        float[] wOut = naive.wOut().clone();
        for (int k = 0; k < dMlp; k++) {
            for (int j = dMlp; j < nFeatures; j++) {
                wOut[k * nFeatures + j] = (float) offset;
            }
        }
        return new NaiveOffsetModel(nFeatures, dMlp, offset, naive.wIn(), wOut);
    }

    /**
     * L/p of the offset model at each b of {@code offsets}, each by {@link LossEvaluator#profile} at the
     * single p with {@code samplesPerK} samples per stratum and a fresh {@code new Rng(seed)}: every b
     * sees the same inputs (common random numbers), so differences between offsets carry far less noise
     * than each value.
     */
    public static double[] scan(int nFeatures, int dMlp, float[] mixingScaled, double p, double[] offsets,
                                int samplesPerK, long seed) {
        Estimate[] estimates = scanEstimates(nFeatures, dMlp, mixingScaled, p, offsets, samplesPerK, seed);
        double[] lossPerFeature = new double[offsets.length];
        for (int q = 0; q < offsets.length; q++) {
            lossPerFeature[q] = estimates[q].mean();
        }
        return lossPerFeature;
    }

    private static Estimate[] scanEstimates(int nFeatures, int dMlp, float[] mixingScaled, double p, double[] offsets,
                                            int samplesPerK, long seed) {
        Estimate[] estimates = new Estimate[offsets.length];
        for (int q = 0; q < offsets.length; q++) {
            estimates[q] = estimate(nFeatures, dMlp, mixingScaled, p, offsets[q], samplesPerK, seed);
        }
        return estimates;
    }

    /**
     * The loss-optimal offset at p, searched within the span of {@code offsets} (ascending, at least
     * three): the grid is scanned ({@link #scan}, kept for the offset-scan figure), then golden-section
     * search refines the minimum inside the two grid cells around the best grid point until the bracket
     * is narrower than {@code tolerance}. Golden-section needs a unimodal objective: the exact L(b) is a
     * convex quadratic (ŷ is affine in b and the loss is a squared norm), and with common random numbers
     * the sampled L(b) stays within sampling noise of it (the evaluator's fitted control-variate
     * coefficient is the only part not quadratic in b). An optimum at the grid's edge means the grid was
     * too narrow.
     */
    public static OffsetScan optimalOffset(int nFeatures, int dMlp, float[] mixingScaled, double p, double[] offsets,
                                           double tolerance, int samplesPerK, long seed) {
        if (offsets.length < 3) {
            throw new IllegalArgumentException("offsets needs at least 3 points, got " + offsets.length);
        }
        for (int q = 1; q < offsets.length; q++) {
            if (!(offsets[q] > offsets[q - 1])) {
                throw new IllegalArgumentException("offsets must ascend, but offsets[" + q + "] = " + offsets[q]
                        + " follows " + offsets[q - 1]);
            }
        }
        if (!(tolerance > 0.0)) {
            throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
        }
        Estimate[] estimates = scanEstimates(nFeatures, dMlp, mixingScaled, p, offsets, samplesPerK, seed);
        double[] grid = new double[offsets.length];
        double[] stderr = new double[offsets.length];
        for (int q = 0; q < offsets.length; q++) {
            grid[q] = estimates[q].mean();
            stderr[q] = estimates[q].stderr();
        }
        int best = 0;
        for (int q = 1; q < grid.length; q++) {
            if (grid[q] < grid[best]) {
                best = q;
            }
        }
        double lo = offsets[Math.max(best - 1, 0)];
        double hi = offsets[Math.min(best + 1, offsets.length - 1)];
        double ratio = (Math.sqrt(5.0) - 1.0) / 2.0;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double la = lossPerFeature(nFeatures, dMlp, mixingScaled, p, a, samplesPerK, seed);
        double lb = lossPerFeature(nFeatures, dMlp, mixingScaled, p, b, samplesPerK, seed);
        while (hi - lo > tolerance) {
            if (la <= lb) {
                hi = b;
                b = a;
                lb = la;
                a = hi - ratio * (hi - lo);
                la = lossPerFeature(nFeatures, dMlp, mixingScaled, p, a, samplesPerK, seed);
            } else {
                lo = a;
                a = b;
                la = lb;
                b = lo + ratio * (hi - lo);
                lb = lossPerFeature(nFeatures, dMlp, mixingScaled, p, b, samplesPerK, seed);
            }
        }
        double optimum = la <= lb ? a : b;
        double optimumLoss = Math.min(la, lb);
        if (grid[best] < optimumLoss) {
            optimum = offsets[best];
            optimumLoss = grid[best];
        }
        return new OffsetScan(p, offsets.clone(), grid, stderr, optimum, optimumLoss);
    }

    private static double lossPerFeature(int nFeatures, int dMlp, float[] mixingScaled, double p, double offset,
                                         int samplesPerK, long seed) {
        return estimate(nFeatures, dMlp, mixingScaled, p, offset, samplesPerK, seed).mean();
    }

    /** L/p at p of the offset model and its standard error, on the samples of {@code new Rng(seed)}. */
    private static Estimate estimate(int nFeatures, int dMlp, float[] mixingScaled, double p, double offset,
                                     int samplesPerK, long seed) {
        NaiveOffsetModel m = of(nFeatures, dMlp, offset);
        LossProfile profile = LossEvaluator.profile(nFeatures, dMlp, m.wIn(), m.wOut(), mixingScaled, new double[] {p},
                samplesPerK, new Rng(seed));
        return new Estimate(profile.lossPerFeature()[0], profile.stderr()[0]);
    }

    /**
     * An offset scan at one p.
     *
     * @param p                     evaluation probability
     * @param offsets               the scanned b, ascending
     * @param lossPerFeature        L/p at each scanned b
     * @param stderr                standard error of each lossPerFeature
     * @param optimalOffset         the refined loss-optimal b
     * @param optimalLossPerFeature L/p at {@code optimalOffset}
     */
    public record OffsetScan(double p, double[] offsets, double[] lossPerFeature, double[] stderr, double optimalOffset,
                             double optimalLossPerFeature) implements java.io.Serializable {
    }
}
