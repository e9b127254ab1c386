package org.ccsweep.model.task.cc.analysis;

import org.bytedeco.openblas.global.openblas;

/**
 * The eigendecomposition A = E · diag(values) · Eᵀ of a symmetric n × n matrix, in double, by LAPACK's
 * divide-and-conquer dsyevd, called through OpenBLAS's LAPACKE on plain arrays. The semi-NMF fit
 * decomposes a 50 × 50 Gram matrix every iteration: plain arrays spare ND4J's array set-up and its
 * element-by-element reads, and dsyevd made a 1,000-iteration fit take 0.33 s of CPU against 0.40 s
 * with dsyev (the routine ND4J's {@code Eigen.symmetricGeneralizedEigenvalues} wraps). Re-sorted to
 * descending eigenvalues.
 *
 * <p>E is n × n row-major with the orthonormal eigenvectors as columns (E_i = column i), each signed
 * so that its entry of largest magnitude is positive.
 *
 * @param n       size of A
 * @param values  eigenvalues, descending
 * @param vectors n × n, columns E_i
 */
public record SymmetricEigen(int n, double[] values, double[] vectors) {

    /**
     * A must be symmetric; only that is checked, to 1e-12 of its largest entry.
     *
     * @throws ArithmeticException when LAPACK fails (no convergence, or a NaN in A)
     */
    public static SymmetricEigen of(double[] a, int n) {
        Matrices.checkLength("a", a, n * n);
        double scale = 0.0;
        for (double x : a) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int r = 0; r < n; r++) {
            for (int c = r + 1; c < n; c++) {
                if (Math.abs(a[r * n + c] - a[c * n + r]) > 1e-12 * scale) {
                    throw new IllegalArgumentException("matrix is not symmetric at (" + r + ", " + c + ")");
                }
            }
        }
        // Column-major for LAPACK: the transpose of the row-major array, whose lower triangle dsyevd reads.
        double[] work = Matrices.transpose(a, n, n);
        double[] ascending = new double[n];
        int info = n == 0 ? 0 : openblas.LAPACKE_dsyevd(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'L', n, work,
                n, ascending);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dsyevd failed on a " + n + " × " + n + " matrix (info = " + info + ")");
        }
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int i = 0; i < n; i++) {
            int source = n - 1 - i;
            int column = source * n;
            values[i] = ascending[source];
            int largest = 0;
            for (int row = 0; row < n; row++) {
                if (Math.abs(work[column + row]) > Math.abs(work[column + largest])) {
                    largest = row;
                }
            }
            double sign = work[column + largest] < 0 ? -1.0 : 1.0;
            for (int row = 0; row < n; row++) {
                vectors[row * n + i] = sign * work[column + row];
            }
        }
        return new SymmetricEigen(n, values, vectors);
    }
}
