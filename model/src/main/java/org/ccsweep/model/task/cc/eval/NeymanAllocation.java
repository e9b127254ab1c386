package org.ccsweep.model.task.cc.eval;

/**
 * How many samples each stratum k needs so that the standard error of L(p) stays below a target at
 * every p of the grid, at least cost.
 *
 * <p>At one p, minimising Σ_k c_k N_k subject to Σ_k w_k² σ_k² / N_k ≤ T² (c_k the cost of one sample
 * with k active features, σ_k its loss's standard deviation, T the target) gives, by a Lagrange
 * multiplier, N_k = (w_k σ_k / √c_k) · (Σ_j w_j σ_j √c_j) / T². Taking, for each k, the largest N_k
 * over the grid meets every p's target at once (not the joint optimum, which would cost a linear
 * program, but close to it since each p leans on the few k around n·p).
 */
final class NeymanAllocation {

    private NeymanAllocation() {
    }

    /**
     * @param weights  w_k(p), shape |grid| × (n + 1)
     * @param sigma    σ_k per k; strata with {@code sampled[k]} false are ignored
     * @param cost     c_k per k, in any unit
     * @param targetSe T(p) per grid point
     * @return the total sample count N_k each stratum should have (0 for the strata not sampled)
     */
    static long[] required(double[][] weights, double[] sigma, double[] cost, boolean[] sampled, double[] targetSe) {
        int strata = sigma.length;
        long[] out = new long[strata];
        for (int q = 0; q < weights.length; q++) {
            double[] w = weights[q];
            double total = 0.0;
            for (int k = 0; k < strata; k++) {
                if (sampled[k]) {
                    total += w[k] * sigma[k] * Math.sqrt(cost[k]);
                }
            }
            double scale = total / (targetSe[q] * targetSe[q]);
            for (int k = 0; k < strata; k++) {
                if (sampled[k]) {
                    double nk = Math.ceil(w[k] * sigma[k] / Math.sqrt(cost[k]) * scale);
                    out[k] = Math.max(out[k], (long) Math.min(nk, Long.MAX_VALUE / 4));
                }
            }
        }
        return out;
    }
}
