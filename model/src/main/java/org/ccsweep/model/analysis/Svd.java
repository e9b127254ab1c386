package org.ccsweep.model.analysis;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The thin singular value decomposition A = U · diag(s) · Vᵀ of a rows × cols matrix, in double,
 * by LAPACK gesvd through ND4J (stack-notes.md, "Linear algebra in ND4J").
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

    public static Svd of(double[] a, int rows, int cols) {
        Matrices.checkLength("a", a, rows * cols);
        int r = Math.min(rows, cols);
        INDArray aF = Nd4j.create(a, new long[] {rows, cols}, 'c').castTo(DataType.DOUBLE).dup('f');
        INDArray sF = Nd4j.create(DataType.DOUBLE, new long[] {r}, 'f');
        INDArray uF = Nd4j.create(DataType.DOUBLE, new long[] {rows, rows}, 'f');
        INDArray vtF = Nd4j.create(DataType.DOUBLE, new long[] {cols, cols}, 'f');
        Nd4j.getBlasWrapper().lapack().gesvd(aF, sF, uF, vtF);
        double[] u = new double[rows * r];
        double[] v = new double[cols * r];
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = sF.getDouble(i);
            int largest = 0;
            for (int row = 0; row < rows; row++) {
                if (Math.abs(uF.getDouble(row, i)) > Math.abs(uF.getDouble(largest, i))) {
                    largest = row;
                }
            }
            double sign = uF.getDouble(largest, i) < 0 ? -1.0 : 1.0;
            for (int row = 0; row < rows; row++) {
                u[row * r + i] = sign * uF.getDouble(row, i);
            }
            for (int col = 0; col < cols; col++) {
                v[col * r + i] = sign * vtF.getDouble(i, col);
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
