package org.ccsweep.model.task.cc.analysis;

/**
 * Effective rank (Roy and Vetterli, 2007): with singular values σ_i and p_i = σ_i / Σ_j σ_j,
 * erank = exp(H) with H = −Σ_i p_i ln p_i (terms with p_i = 0 contribute 0). It lies in [1, min(rows, cols)]:
 * 1 for a rank-1 matrix, and min(rows, cols) when every singular value is equal.
 */
public final class EffectiveRank {

    private EffectiveRank() {
    }

    /** Effective rank of the rows × cols row-major matrix A (not all zero). */
    public static double of(double[] a, int rows, int cols) {
        return ofSingularValues(Svd.of(a, rows, cols).s());
    }

    /** Effective rank from nonnegative singular values, not all zero. */
    public static double ofSingularValues(double[] singularValues) {
        double total = 0.0;
        for (double s : singularValues) {
            if (!(s >= 0.0)) {
                throw new IllegalArgumentException("singular values must be nonnegative, got " + s);
            }
            total += s;
        }
        if (total == 0.0) {
            throw new IllegalArgumentException("the effective rank of a zero matrix is undefined");
        }
        double entropy = 0.0;
        for (double s : singularValues) {
            if (s > 0.0) {
                double p = s / total;
                entropy -= p * Math.log(p);
            }
        }
        return Math.exp(entropy);
    }
}
