package org.ccsweep.model.task.cc.eval;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;

/**
 * The loss profile L(p) of a simplified CC model, ŷ = ReLU(x · W_in) · W_out, on labels
 * y = ReLU(x) + x · M_sᵀ, for Bernoulli(p) inputs with values U[−1, 1] (science.md, sections 1, 2, 6).
 *
 * <p>Shapes, all row-major: W_in n × d, W_out d × n, M_s = |s| · M n × n, so y_j = ReLU(x_j) + Σ_l M_s[j, l] x_l.
 * The loss of a sample is (1/n) Σ_j (ŷ_j − y_j)².
 *
 * <p>Stratified by the number k of active features: L(p) = Σ_{k=1..n} w_k(p) · E_k with
 * w_k(p) = Binom(k; n, p) and E_k = E[loss | k] independent of p, so each E_k is estimated once for the
 * whole grid. E_1 is exact ({@link #lossGivenOneActive}); E_k for k ≥ 2 is estimated from inputs with
 * exactly k distinct active features, with the sum of their exact single-feature losses as a control
 * variate ({@link StratumSampler}); strata whose weight is below {@value #NEGLIGIBLE_WEIGHT} at
 * every p are left out. The standard error is SE(L(p)) = sqrt(Σ_k w_k² Var_k / N_k) with Var_k the
 * per-sample variance left after the control variate, and L/p and its
 * SE divide by p. All sums are in double, and the results depend only on the inputs and the rng state.
 */
public final class LossEvaluator {
    static final double NEGLIGIBLE_WEIGHT = 1e-12;
    static final int PRECISION_ROUNDS = 4;

    private LossEvaluator() {
    }

    /** The profile with {@code samplesPerK} samples in every stratum k ≥ 2 that matters on the grid. */
    public static LossProfile profile(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled, double[] pEval,
                                      int samplesPerK, Rng rng) {
        checkShapes(n, d, wIn, wOut, mixingScaled);
        checkGrid(pEval);
        checkAtLeastTwo("samplesPerK", samplesPerK);
        double[][] weights = ActiveCountWeights.of(n, pEval);
        boolean[] sampled = sampledStrata(n, weights);
        StratumSampler sampler = new StratumSampler(n, d, wIn, wOut, mixingScaled);
        for (int k = 2; k <= n; k++) {
            if (sampled[k]) {
                sampler.draw(k, samplesPerK, rng);
            }
        }
        return assemble(pEval, weights, sampled, lossGivenOneActive(n, d, wIn, wOut, mixingScaled), sampler);
    }

    /** {@link #profileToPrecision} with the budget of a run's {@link EvalPrecision}. */
    public static LossProfile profile(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled, double[] pEval,
                                      EvalPrecision precision, Rng rng) {
        return profileToPrecision(n, d, wIn, wOut, mixingScaled, pEval, precision.targetRelativeSe(),
                precision.pilotPerK(), precision.maxSamples(), rng);
    }

    /**
     * The profile with per-stratum sample counts chosen to bring the relative SE of L/p below
     * {@code targetRelativeSe} at every p: a pilot of {@code pilotPerK} samples per stratum estimates
     * each σ_k, then up to {@value #PRECISION_ROUNDS} rounds of {@link NeymanAllocation} top the strata
     * up, each with the σ_k and L(p) of the samples so far, until every p meets the target. No more than
     * {@code maxSamples} samples are drawn in all (the pilot included, which is always drawn); where
     * that cap binds, the reported SE says how far the target was missed.
     */
    public static LossProfile profileToPrecision(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled,
                                                 double[] pEval, double targetRelativeSe, int pilotPerK,
                                                 long maxSamples, Rng rng) {
        checkShapes(n, d, wIn, wOut, mixingScaled);
        checkGrid(pEval);
        checkAtLeastTwo("pilotPerK", pilotPerK);
        if (!(targetRelativeSe > 0.0)) {
            throw new IllegalArgumentException("targetRelativeSe must be positive, got " + targetRelativeSe);
        }
        double[][] weights = ActiveCountWeights.of(n, pEval);
        boolean[] sampled = sampledStrata(n, weights);
        double exactOne = lossGivenOneActive(n, d, wIn, wOut, mixingScaled);
        StratumSampler sampler = new StratumSampler(n, d, wIn, wOut, mixingScaled);
        double[] cost = new double[n + 1];
        long budget = maxSamples;
        for (int k = 2; k <= n; k++) {
            cost[k] = (double) k * d + 0.5 * d * n + (double) k * n;
            if (sampled[k]) {
                sampler.draw(k, pilotPerK, rng);
                budget -= pilotPerK;
            }
        }
        for (int round = 0; round < PRECISION_ROUNDS && budget > 0; round++) {
            LossProfile current = assemble(pEval, weights, sampled, exactOne, sampler);
            if (meetsTarget(current, targetRelativeSe)) {
                break;
            }
            double[] sigma = new double[n + 1];
            for (int k = 2; k <= n; k++) {
                sigma[k] = Math.sqrt(sampler.variance(k));
            }
            double[] targetSe = new double[pEval.length];
            for (int q = 0; q < pEval.length; q++) {
                targetSe[q] = targetRelativeSe * current.loss()[q];
            }
            long[] required = NeymanAllocation.required(weights, sigma, cost, sampled, targetSe);
            long[] extra = new long[n + 1];
            long wanted = 0;
            for (int k = 2; k <= n; k++) {
                extra[k] = Math.max(required[k] - sampler.count(k), 0);
                wanted += extra[k];
            }
            double shrink = wanted > budget ? (double) budget / wanted : 1.0;
            for (int k = 2; k <= n; k++) {
                long draws = (long) Math.floor(extra[k] * shrink);
                sampler.draw(k, draws, rng);
                budget -= draws;
            }
        }
        return assemble(pEval, weights, sampled, exactOne, sampler);
    }

    /**
     * E[loss | exactly one active feature], exactly. For x = t·e_i, t ~ U[−1, 1]: if t &gt; 0 then
     * ŷ = t·a_i with a_i = ReLU(W_in[i, :]) · W_out, and if t &lt; 0 then ŷ = |t|·b_i with
     * b_i = ReLU(−W_in[i, :]) · W_out; y = ReLU(t) e_i + t m_i with m_i the i-th column of M_s. So
     * ŷ − y = t (a_i − e_i − m_i) for t &gt; 0 and |t| (b_i + m_i) for t &lt; 0, and with
     * E[t² 1{t &gt; 0}] = E[t² 1{t &lt; 0}] = 1/6:
     * E_1 = (1/n) · (1/n) Σ_i (1/6) (‖a_i − e_i − m_i‖² + ‖b_i + m_i‖²).
     */
    public static double lossGivenOneActive(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled) {
        checkShapes(n, d, wIn, wOut, mixingScaled);
        return OneActiveResiduals.of(n, d, wIn, wOut, mixingScaled).meanLoss();
    }

    private static boolean meetsTarget(LossProfile profile, double targetRelativeSe) {
        for (int q = 0; q < profile.size(); q++) {
            if (profile.stderr()[q] > targetRelativeSe * profile.lossPerFeature()[q]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] sampledStrata(int n, double[][] weights) {
        boolean[] sampled = new boolean[n + 1];
        for (double[] w : weights) {
            for (int k = 2; k <= n; k++) {
                sampled[k] |= w[k] >= NEGLIGIBLE_WEIGHT;
            }
        }
        return sampled;
    }

    private static LossProfile assemble(double[] pEval, double[][] weights, boolean[] sampled, double exactOne,
                                        StratumSampler sampler) {
        int points = pEval.length;
        double[] loss = new double[points];
        double[] perFeature = new double[points];
        double[] stderr = new double[points];
        for (int q = 0; q < points; q++) {
            double[] w = weights[q];
            double value = w[1] * exactOne;
            double variance = 0.0;
            for (int k = 2; k < w.length; k++) {
                if (sampled[k]) {
                    value += w[k] * sampler.mean(k);
                    variance += w[k] * w[k] * sampler.variance(k) / sampler.count(k);
                }
            }
            loss[q] = value;
            perFeature[q] = value / pEval[q];
            stderr[q] = Math.sqrt(variance) / pEval[q];
        }
        return new LossProfile(pEval.clone(), loss, perFeature, stderr);
    }

    private static void checkShapes(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled) {
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("n and d must be positive, got n = " + n + ", d = " + d);
        }
        if (wIn.length != n * d || wOut.length != d * n || mixingScaled.length != n * n) {
            throw new IllegalArgumentException("expected wIn n × d = " + n * d + ", wOut d × n = " + d * n
                    + ", mixingScaled n × n = " + n * n + " entries, got " + wIn.length + ", " + wOut.length
                    + ", " + mixingScaled.length);
        }
    }

    private static void checkGrid(double[] pEval) {
        if (pEval.length == 0) {
            throw new IllegalArgumentException("pEval is empty");
        }
        for (int q = 0; q < pEval.length; q++) {
            if (!(pEval[q] > 0.0 && pEval[q] <= 1.0)) {
                throw new IllegalArgumentException("pEval[" + q + "] = " + pEval[q] + " is not in (0, 1]");
            }
            if (q > 0 && !(pEval[q] > pEval[q - 1])) {
                throw new IllegalArgumentException("pEval must ascend, but pEval[" + q + "] = " + pEval[q]
                        + " follows " + pEval[q - 1]);
            }
        }
    }

    private static void checkAtLeastTwo(String name, long value) {
        if (value < 2) {
            throw new IllegalArgumentException(name + " must be at least 2 (a variance needs two samples), got "
                    + value);
        }
    }
}
