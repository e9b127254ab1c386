package org.ccsweep.model.task.cc.analysis;

import org.bytedeco.openblas.global.openblas;

/**
 * The thin singular value decomposition A = U · diag(s) · Vᵀ of a rows × cols matrix, in double, by
 * LAPACK's dgesvd (the routine ND4J's {@code lapack().gesvd} wraps), called through OpenBLAS's LAPACKE
 * on plain arrays rather than element by element through ND4J arrays.
 *
 * <p>With r = min(rows, cols): U is rows × r and V is cols × r, both row-major with the singular
 * vectors as columns (U_i = column i of U), and s holds the r singular values in descending order.
 * Signs are fixed so that each left singular vector's entry of largest magnitude is positive (its
 * right partner flips with it), so equal inputs give equal vectors, not merely equal subspaces.
 *
 * @param rows rows of A
 * @param cols columns of A
 * @param u    rows × r, columns U_i
 * @param s    r singular values, descending
 * @param v    cols × r, columns V_i
 */
public record Svd(int rows, int cols, double[] u, double[] s, double[] v) {

    /** @throws ArithmeticException when LAPACK fails (no convergence, or a NaN in A) */
    public static Svd of(double[] a, int rows, int cols) {
        Matrices.checkLength("a", a, rows * cols);
        int r = Math.min(rows, cols);
        double[] work = a.clone();
        double[] s = new double[r];
        double[] uFull = new double[rows * r];
        double[] vt = new double[r * cols];
        double[] superb = new double[Math.max(1, r - 1)];
        int info = r == 0 ? 0 : openblas.LAPACKE_dgesvd(openblas.LAPACK_ROW_MAJOR, (byte) 'S', (byte) 'S', rows, cols,
                work, cols, s, uFull, r, vt, cols, superb);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dgesvd failed on a " + rows + " × " + cols + " matrix (info = " + info
                    + ")");
        }
        double[] u = new double[rows * r];
        double[] v = new double[cols * r];
        for (int i = 0; i < r; i++) {
            int largest = 0;
            for (int row = 0; row < rows; row++) {
                if (Math.abs(uFull[row * r + i]) > Math.abs(uFull[largest * r + i])) {
                    largest = row;
                }
            }
            double sign = uFull[largest * r + i] < 0 ? -1.0 : 1.0;
            for (int row = 0; row < rows; row++) {
                u[row * r + i] = sign * uFull[row * r + i];
            }
            for (int col = 0; col < cols; col++) {
                v[col * r + i] = sign * vt[i * cols + col];
            }
        }
        return new Svd(rows, cols, u, s, v);
    }

    /** min(rows, cols), the number of singular triplets. */
    public int rank() {
        return s.length;
    }

    /** The best rank-k approximation Σ_{i &lt; k} s_i U_i V_iᵀ (Eckart–Young), rows × cols. */
    public double[] truncated(int k) {
        if (k < 0 || k > rank()) {
            throw new IllegalArgumentException("k must be in [0, " + rank() + "], got " + k);
        }
        int r = rank();
        double[] out = new double[rows * cols];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                double sum = 0.0;
                for (int i = 0; i < k; i++) {
                    sum += u[row * r + i] * s[i] * v[col * r + i];
                }
                out[row * cols + col] = sum;
            }
        }
        return out;
    }
}
