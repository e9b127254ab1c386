package org.ccsweep.model.analysis;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The eigendecomposition A = E · diag(values) · Eᵀ of a symmetric n × n matrix, in double, by
 * LAPACK syev through ND4J's {@code Eigen.symmetricGeneralizedEigenvalues(A, true)}
 * (stack-notes.md, "Linear algebra in ND4J"), re-sorted to descending eigenvalues.
 *
 * <p>E is n × n row-major with the orthonormal eigenvectors as columns (E_i = column i), each signed
 * so that its entry of largest magnitude is positive.
 *
 * @param n       size of A
 * @param values  eigenvalues, descending
 * @param vectors n × n, columns E_i
 */
public record SymmetricEigen(int n, double[] values, double[] vectors) {

    /** A must be symmetric; only that is checked, to 1e-12 of its largest entry. */
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
        INDArray aF = Nd4j.create(a, new long[] {n, n}, 'c').castTo(DataType.DOUBLE).dup('f');
        INDArray ascending = Eigen.symmetricGeneralizedEigenvalues(aF, true);
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int i = 0; i < n; i++) {
            int source = n - 1 - i;
            values[i] = ascending.getDouble(source);
            int largest = 0;
            for (int row = 0; row < n; row++) {
                if (Math.abs(aF.getDouble(row, source)) > Math.abs(aF.getDouble(largest, source))) {
                    largest = row;
                }
            }
            double sign = aF.getDouble(largest, source) < 0 ? -1.0 : 1.0;
            for (int row = 0; row < n; row++) {
                vectors[row * n + i] = sign * aF.getDouble(row, source);
            }
        }
        return new SymmetricEigen(n, values, vectors);
    }
}
