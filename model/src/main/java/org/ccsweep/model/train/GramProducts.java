package org.ccsweep.model.train;

/**
 * The dense products of {@link SparseLossGradient}'s Gram form, as single-precision BLAS calls
 * ({@link Sgemm}) on preallocated native arrays. A row-major r × c block is the column-major c × r
 * matrix, so no product needs a copy to change layout. Per step, with H the hidden rows (weighted
 * rows for grouped samples), A the group rows and P, N the label scatters of {@link SparseLossGradient}:
 * <pre>
 *   G         = W_out · W_outᵀ                           d × d     d² · n
 *   [W_outᵀ; K] = [W_out | W_out · M]ᵀ, K = Mᵀ · W_outᵀ   2n × d    2n · n · d
 *   S         = Hᵀ · H (sample rows) + (w ⊙ A)ᵀ · A (groups)  d × d  rows · d²
 *   H · G                                                rows × d  rows · d²
 *   ∂L/∂W_outᵀ = c · (W_outᵀ · S − P − M · (|s| U))       n × d     n · d · (d + 2n)
 * </pre>
 * The last is one product of [W_outᵀ | −I | −M] (n × (d + 2n); its two right blocks are constant)
 * with [S; P; |s| U] ((d + 2n) × d), the second one of W_outᵀ's transpose with [−I | −M] and α = −1:
 * the identity blocks let BLAS do the transposes.
 */
final class GramProducts {
    private final int nFeatures;
    private final int dMlp;

    private final NativeFloats outputSide;
    private final NativeFloats gram;
    private final NativeFloats transposes;
    private final NativeFloats hidden;
    private final NativeFloats groupRows;
    private final NativeFloats hiddenGram;
    private final NativeFloats moments;
    private final NativeFloats gradWOut;
    private final float[] scaledU;

    /**
     * @param maxRows the most hidden rows a step has (sample rows plus group rows)
     * @param mixingT Mᵀ, n × n row-major
     */
    GramProducts(int nFeatures, int dMlp, int maxRows, float[] mixingT) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        int n = nFeatures;
        int d = dMlp;
        this.outputSide = new NativeFloats(n * (d + 2 * n));
        for (int j = 0; j < n; j++) {
            outputSide.buffer.put(d * n + j * n + j, -1f);
            for (int o = 0; o < n; o++) {
                outputSide.buffer.put((d + n) * n + j * n + o, -mixingT[j * n + o]);
            }
        }
        this.gram = new NativeFloats(d * d);
        this.transposes = new NativeFloats(2 * n * d);
        this.hidden = new NativeFloats(maxRows * d);
        this.groupRows = new NativeFloats(2 * n * d);
        this.hiddenGram = new NativeFloats(maxRows * d);
        this.moments = new NativeFloats((d + 2 * n) * d);
        this.gradWOut = new NativeFloats(d * n);
        this.scaledU = new float[d];
    }

    /**
     * Takes this step's W_out (d × n row-major) and writes G (d × d) into {@code g} and the rows
     * W_outᵀ[j] and K[j] = (Mᵀ · W_outᵀ)[j] (d floats each) into {@code wOutT} and {@code k}.
     */
    void outputSide(float[] wOut, float[] g, float[][] wOutT, float[][] k) {
        int n = nFeatures;
        int d = dMlp;
        outputSide.buffer.put(0, wOut, 0, d * n);
        Sgemm.gemm(true, false, d, d, n, outputSide.pointer, n, outputSide.pointer, n, 0f, gram.pointer, d);
        Sgemm.gemm(true, false, d, 2 * n, n, -1f, outputSide.pointer, n, outputSide.at((long) d * n), n, 0f,
                transposes.pointer, d);
        gram.buffer.get(0, g, 0, d * d);
        for (int j = 0; j < n; j++) {
            transposes.buffer.get(j * d, wOutT[j], 0, d);
            transposes.buffer.get((n + j) * d, k[j], 0, d);
        }
    }

    /**
     * From the hidden rows (m sample rows, then {@code groups} weighted group rows w_g · A[g], d floats
     * each) and the unweighted group rows A, writes S (d × d, column-major) into {@code s} and H · G
     * (row by row) into {@code hiddenG}.
     */
    void hiddenSide(float[] hiddenRows, int m, float[] groupA, int groups, float[] s, float[] hiddenG) {
        int d = dMlp;
        int rows = m + groups;
        hidden.buffer.put(0, hiddenRows, 0, rows * d);
        if (m > 0) {
            Sgemm.gemm(false, true, d, d, m, hidden.pointer, d, hidden.pointer, d, 0f, moments.pointer, d);
        }
        if (groups > 0) {
            groupRows.buffer.put(0, groupA, 0, groups * d);
            Sgemm.gemm(false, true, d, d, groups, hidden.at((long) m * d), d, groupRows.pointer, d, m > 0 ? 1f : 0f,
                    moments.pointer, d);
        }
        Sgemm.gemm(false, false, d, rows, d, gram.pointer, d, hidden.pointer, d, 0f, hiddenGram.pointer, d);
        moments.buffer.get(0, s, 0, d * d);
        hiddenGram.buffer.get(0, hiddenG, 0, rows * d);
    }

    /**
     * Writes ∂L/∂W_out = c · (S · W_out − T) (d × n row-major) with Tᵀ = P + |s| · M · (P + N), from
     * the label scatters P = {@code pn[0..n)} and N = {@code pn[n..2n)}; S is the last
     * {@link #hiddenSide}'s, W_out the last {@link #outputSide}'s.
     */
    void gradWOut(float[][] pn, float sAbs, float scale, float[] gradWOutOut) {
        int n = nFeatures;
        int d = dMlp;
        for (int j = 0; j < n; j++) {
            float[] p = pn[j];
            float[] negative = pn[n + j];
            for (int c = 0; c < d; c++) {
                scaledU[c] = sAbs * (p[c] + negative[c]);
            }
            moments.buffer.put((d + j) * d, p, 0, d);
            moments.buffer.put((d + n + j) * d, scaledU, 0, d);
        }
        Sgemm.gemm(false, true, n, d, d + 2 * n, scale, outputSide.pointer, n, moments.pointer, d, 0f,
                gradWOut.pointer, n);
        gradWOut.buffer.get(0, gradWOutOut, 0, d * n);
    }
}
