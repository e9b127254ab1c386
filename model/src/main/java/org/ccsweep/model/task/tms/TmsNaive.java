package org.ccsweep.model.task.tms;

/**
 * The naive reference of a TMS run: the model that keeps m features exactly and outputs the best constant for the
 * others. For a feature with probability p_i and values U[0, 1), x_i has mean p_i / 2 and second moment p_i / 3, so
 * the best constant output is c_i = p_i / 2 (the model's ReLU(b_i) with W_i = 0, b_i = p_i / 2) and it costs
 * Var(x_i) = p_i / 3 − p_i² / 4. Keeping feature i exactly (orthonormal W_i, b_i = 0) costs nothing, so the best m to
 * keep are those with the largest I_i · Var(x_i) (with one p for all features: the m most important), and
 * <pre>
 *   L_naive(p) = (1/n) Σ_{i not kept} I_i (p_i / 3 − p_i² / 4),     L/p = L_naive(p) / p
 * </pre>
 * With p_i = p for all i this is (1/n) (1/3 − p/4) Σ_{i not kept} I_i per unit p; at p = 1 it is
 * Σ_{i not kept} I_i / (12 n), the loss of the paper's dense-regime solution (the m most important features in an
 * orthogonal basis, as PCA would give).
 */
final class TmsNaive {
    private TmsNaive() {
    }

    /**
     * @param importance    I_i
     * @param probabilities p_i at the base probability p
     * @param m             features kept
     * @param p             the base probability (p_0)
     * @return L_naive(p) / p
     */
    static double lossPerFeature(double[] importance, double[] probabilities, int m, double p) {
        int n = importance.length;
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            double pi = probabilities[i];
            cost[i] = importance[i] * (pi / 3 - pi * pi / 4);
        }
        double[] sorted = cost.clone();
        java.util.Arrays.sort(sorted);
        double total = 0.0;
        for (int r = 0; r < n - Math.min(m, n); r++) {
            total += sorted[r];
        }
        return total / n / p;
    }
}
