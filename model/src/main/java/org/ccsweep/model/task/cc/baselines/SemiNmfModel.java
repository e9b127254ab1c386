package org.ccsweep.model.task.cc.baselines;

import org.ccsweep.model.task.cc.analysis.Matrices;
import org.ccsweep.model.task.cc.analysis.Svd;
import org.ccsweep.model.task.cc.analysis.SymmetricEigen;

/**
 * The semi-NMF baseline (science.md, section 7): T ≈ W_in · W_out with W_in ≥ 0 (the ReLU side, so
 * ReLU(x · W_in) = x · W_in for x ≥ 0) and W_out free, for the labels' map T = I + M_sᵀ
 * ({@link LinearTarget}), n × n; W_in n × d, W_out d × n.
 *
 * <p>Algorithm: Ding, Li and Jordan (2010), "Convex and semi-nonnegative matrix factorizations",
 * written for T ≈ G H with G = W_in ≥ 0 and H = W_out. Each iteration
 * <ol>
 *   <li>solves H = (Gᵀ G)⁺ Gᵀ T, the least-squares W_out for the current W_in (pseudo-inverse through
 *       the symmetric eigendecomposition, eigenvalues below 1e-12 of the largest dropped);</li>
 *   <li>with A = T Hᵀ (n × d) and B = H Hᵀ (d × d) split into positive and negative parts
 *       (A = A⁺ − A⁻), multiplies G entrywise by sqrt((A⁺ + G B⁻) / (A⁻ + G B⁺)).</li>
 * </ol>
 * Step 1 minimises the error over H and step 2 does not increase it (DLJ, Theorem 2), so the error
 * ‖T − G H‖_F² after each step 1 ({@link #errorHistory}) never increases: the result is no worse than
 * its start. The start is the NNDSVD choice (Boutsidis and Gallopoulos, 2008) for the top-d left
 * singular vectors of T: column k of W_in is the positive part of U_k or of −U_k, whichever has the
 * larger norm, and zeros are raised to {@value #FLOOR} times the largest entry of that column, since a
 * multiplicative update can never move an exact zero. Column scales are irrelevant (H absorbs them).
 * Iterations stop after {@code maxIterations} or once an iteration lowers the error by less than
 * {@code tolerance} times itself; a final step 1 pairs the last W_in with its best W_out. Deterministic:
 * no randomness is used.
 *
 * @param nFeatures    n
 * @param dMlp         d
 * @param wIn          n × d, row-major, every entry ≥ 0
 * @param wOut         d × n, row-major
 * @param errorHistory ‖T − W_in W_out‖_F² after each least-squares step, the start first and the returned
 *                     weights' error last
 */
public record SemiNmfModel(int nFeatures, int dMlp, float[] wIn, float[] wOut, double[] errorHistory) {
    static final double FLOOR = 1e-3;
    private static final double PINV_CUTOFF = 1e-12;

    public SemiNmfModel {
        if (wIn.length != nFeatures * dMlp || wOut.length != dMlp * nFeatures) {
            throw new IllegalArgumentException("weights must hold nFeatures · dMlp = " + nFeatures * dMlp + " entries");
        }
    }

    /** The semi-NMF model for M_s (n × n row-major, already scaled by |σ|). */
    public static SemiNmfModel of(int nFeatures, int dMlp, float[] mixingScaled, int maxIterations, double tolerance) {
        return fit(LinearTarget.of(nFeatures, mixingScaled), nFeatures, dMlp, maxIterations, tolerance);
    }

    /** Semi-NMF of any n × n row-major target T. */
    public static SemiNmfModel fit(double[] target, int nFeatures, int dMlp, int maxIterations, double tolerance) {
        if (dMlp < 1 || dMlp > nFeatures) {
            throw new IllegalArgumentException("dMlp must be in [1, nFeatures = " + nFeatures + "], got " + dMlp);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be nonnegative, got " + maxIterations);
        }
        if (!(tolerance >= 0.0)) {
            throw new IllegalArgumentException("tolerance must be nonnegative, got " + tolerance);
        }
        int n = nFeatures;
        int d = dMlp;
        double[] g = start(target, n, d);
        double[] h = leastSquaresOut(g, target, n, d);
        double[] history = new double[maxIterations + 1];
        history[0] = Matrices.squaredDistance(target, Matrices.multiply(g, n, d, h, n));
        int done = 0;
        while (done < maxIterations) {
            multiplicativeUpdate(g, h, target, n, d);
            h = leastSquaresOut(g, target, n, d);
            done++;
            history[done] = Matrices.squaredDistance(target, Matrices.multiply(g, n, d, h, n));
            if (history[done - 1] - history[done] < tolerance * history[done - 1]) {
                break;
            }
        }
        double[] errors = new double[done + 1];
        System.arraycopy(history, 0, errors, 0, done + 1);
        return new SemiNmfModel(n, d, Matrices.toFloat(g), Matrices.toFloat(h), errors);
    }

    /** The NNDSVD start described above, n × d. */
    static double[] start(double[] target, int n, int d) {
        Svd svd = Svd.of(target, n, n);
        double[] g = new double[n * d];
        for (int k = 0; k < d; k++) {
            double positive = 0.0;
            double negative = 0.0;
            for (int i = 0; i < n; i++) {
                double u = svd.u()[i * n + k];
                positive += u > 0 ? u * u : 0.0;
                negative += u < 0 ? u * u : 0.0;
            }
            double sign = positive >= negative ? 1.0 : -1.0;
            double largest = 0.0;
            for (int i = 0; i < n; i++) {
                double entry = Math.max(sign * svd.u()[i * n + k], 0.0);
                g[i * d + k] = entry;
                largest = Math.max(largest, entry);
            }
            for (int i = 0; i < n; i++) {
                g[i * d + k] = Math.max(g[i * d + k], FLOOR * largest);
            }
        }
        return g;
    }

    private static double[] leastSquaresOut(double[] g, double[] target, int n, int d) {
        double[] gt = Matrices.transpose(g, n, d);
        SymmetricEigen gram = SymmetricEigen.of(Matrices.multiply(gt, d, n, g, d), d);
        double cutoff = PINV_CUTOFF * Math.max(gram.values()[0], 0.0);
        // (GᵀG)⁺ = E Λ⁺ Eᵀ: the kept columns of E divided by their eigenvalue, times Eᵀ.
        double[] scaled = gram.vectors().clone();
        for (int i = 0; i < d; i++) {
            double lambda = gram.values()[i];
            double inverse = lambda > cutoff ? 1.0 / lambda : 0.0;
            for (int r = 0; r < d; r++) {
                scaled[r * d + i] *= inverse;
            }
        }
        double[] pinv = Matrices.multiply(scaled, d, d, Matrices.transpose(gram.vectors(), d, d), d);
        return Matrices.multiply(pinv, d, d, Matrices.multiply(gt, d, n, target, n), n);
    }

    private static void multiplicativeUpdate(double[] g, double[] h, double[] target, int n, int d) {
        double[] ht = Matrices.transpose(h, d, n);
        double[] a = Matrices.multiply(target, n, n, ht, d);
        double[] b = Matrices.multiply(h, d, n, ht, d);
        double[] bPositive = new double[d * d];
        double[] bNegative = new double[d * d];
        for (int i = 0; i < b.length; i++) {
            bPositive[i] = Math.max(b[i], 0.0);
            bNegative[i] = Math.max(-b[i], 0.0);
        }
        double[] gbPositive = Matrices.multiply(g, n, d, bPositive, d);
        double[] gbNegative = Matrices.multiply(g, n, d, bNegative, d);
        for (int i = 0; i < g.length; i++) {
            double numerator = Math.max(a[i], 0.0) + gbNegative[i];
            double denominator = Math.max(-a[i], 0.0) + gbPositive[i];
            if (denominator > 0.0) {
                g[i] *= Math.sqrt(numerator / denominator);
            }
        }
    }
}
