package org.ccsweep.model.task.cc.analysis;

import static org.ccsweep.model.task.FloatArrays.toDouble;

/**
 * Eigen- and singular-vector alignment (science.md, section 7) of a model ŷ = ReLU(x · W_in) · W_out
 * with its mixing matrix M_s (n × n), in the row-vector convention: the model's linear part maps a
 * row vector v to v · W_in · W_out (n × n), which aims at the labels' map (I + M_s)ᵀ = I + M_sᵀ.
 *
 * <p>Bases, all unit vectors sorted descending and signed as in {@link SymmetricEigen} and {@link Svd}:
 * E_i the eigenvectors of (M_s + M_sᵀ)/2 with eigenvalues λ_i, and U_i, σ_i, V_i the singular triplets
 * of I + M_s, so (I + M_s) V_i = σ_i U_i, that is V_i · (I + M_s)ᵀ = σ_i U_i in the row convention.
 * <ul>
 *   <li>cosEigen[i] = cos(E_i, E_i · W_in · W_out): 1 where the model maps E_i onto itself;</li>
 *   <li>cosSingular[i] = cos(U_i, V_i · W_in · W_out): 1 where it maps V_i onto the direction of U_i as
 *       the labels do;</li>
 *   <li>projections on neuron k's input weights (column k of W_in) and output weights (row k of W_out),
 *       each n × d: eigenOnIn[i][k] = E_i · W_in[:, k], eigenOnOut[i][k] = E_i · W_out[k, :], and likewise
 *       for U (left*) and V (right*). As the bases are orthonormal, Σ_i eigenOnIn[i][k]² = ‖W_in[:, k]‖².</li>
 * </ul>
 * A cosine with a zero vector is 0.
 */
public record Alignment(double[] eigenvalues, double[] singularValues, double[] cosEigen, double[] cosSingular,
                        double[][] eigenOnIn, double[][] eigenOnOut, double[][] leftOnIn, double[][] leftOnOut,
                        double[][] rightOnIn, double[][] rightOnOut)
        implements java.io.Serializable {

    /** The alignment of W_in (n × d) and W_out (d × n) with M_s (n × n), all row-major. */
    public static Alignment of(int nFeatures, int dMlp, float[] wIn, float[] wOut, float[] mixingScaled) {
        Response.checkShapes(nFeatures, dMlp, wIn, wOut);
        int n = nFeatures;
        int d = dMlp;
        if (mixingScaled.length != n * n) {
            throw new IllegalArgumentException("mixingScaled must hold nFeatures² = " + n * n + " entries, got "
                    + mixingScaled.length);
        }
        double[] symmetric = new double[n * n];
        double[] identityPlus = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                symmetric[r * n + c] = 0.5 * ((double) mixingScaled[r * n + c] + mixingScaled[c * n + r]);
                identityPlus[r * n + c] = mixingScaled[r * n + c] + (r == c ? 1.0 : 0.0);
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(symmetric, n);
        Svd svd = Svd.of(identityPlus, n, n);
        double[] inWeights = toDouble(wIn);
        double[] outWeights = toDouble(wOut);
        double[] product = Matrices.multiply(inWeights, n, d, outWeights, n);
        double[] cosEigen = new double[n];
        double[] cosSingular = new double[n];
        for (int i = 0; i < n; i++) {
            double[] e = Matrices.column(eigen.vectors(), n, n, i);
            cosEigen[i] = cosine(e, Matrices.multiply(e, 1, n, product, n));
            double[] u = Matrices.column(svd.u(), n, n, i);
            double[] v = Matrices.column(svd.v(), n, n, i);
            cosSingular[i] = cosine(u, Matrices.multiply(v, 1, n, product, n));
        }
        double[] outTransposed = Matrices.transpose(outWeights, d, n);
        return new Alignment(eigen.values(), svd.s(), cosEigen, cosSingular,
                projections(eigen.vectors(), inWeights, n, d), projections(eigen.vectors(), outTransposed, n, d),
                projections(svd.u(), inWeights, n, d), projections(svd.u(), outTransposed, n, d),
                projections(svd.v(), inWeights, n, d), projections(svd.v(), outTransposed, n, d));
    }

    /** result[i][k] = basis column i · weights column k, for basis n × n and weights n × d. */
    private static double[][] projections(double[] basis, double[] weights, int n, int d) {
        double[] all = Matrices.multiply(Matrices.transpose(basis, n, n), n, n, weights, d);
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(all, i * d, out[i], 0, d);
        }
        return out;
    }

    private static double cosine(double[] a, double[] b) {
        double norms = Math.sqrt(Matrices.dot(a, a) * Matrices.dot(b, b));
        return norms == 0.0 ? 0.0 : Matrices.dot(a, b) / norms;
    }
}
