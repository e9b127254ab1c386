package org.ccsweep.model.task.cc.train;

import java.nio.ByteBuffer;

/**
 * The dense products of {@link SparseLossGradient}'s Gram form, as single-precision BLAS calls
 * ({@link Sgemm}) on preallocated native arrays. A row-major r × c block is the column-major c × r
 * matrix, so no product needs a copy to change layout. Per step, with H the hidden rows (weighted
 * rows for grouped samples), A the group rows and P, N the label scatters of {@link SparseLossGradient}:
 * <pre>
 *   G         = W_out · W_outᵀ                           d × d     d² · n
 *   K         = Mᵀ · W_outᵀ                              n × d     n² · d
 *   S         = Hᵀ · H (sample rows) + (w ⊙ A)ᵀ · A (groups)  d × d  rows · d²
 *   H · G                                                rows × d  rows · d²
 *   ∂L/∂W_outᵀ = c · (W_outᵀ · S − M · (|s| U)) − c · P   n × d     n · d · (d + n)
 * </pre>
 * The last is one product of [W_outᵀ | −M] (n × (d + n); its right block is constant) with
 * [S; |s| U] ((d + n) × d), and c · P is subtracted in Java. W_outᵀ's rows are a Java transpose,
 * which is also the column-major d × n matrix X = W_out: G = X · Xᵀ and K = X · (−M) with α = −1, the
 * untransposed forms that OpenBLAS runs fastest here (the transposed-A forms from W_out's own
 * layout were 2 % of the step slower). (Earlier steps let BLAS do the transposes through constant
 * −I blocks: 1 M multiply-adds per step for 5,000 copies; dropping them took the p = 0.01 step from
 * 0.314 to 0.301 ms, three A/B alternations of {@code StepTiming}.)
 *
 * <p>S, H · G and ∂L/∂W_out are each several calls, over blocks of rows or of the inner dimension
 * (the constants below), not one: OpenBLAS 0.3.19 runs these thin products faster in pieces of
 * 0.3-0.6 M multiply-adds than whole (p = 0.01 step, {@code StepTiming}, this session's 2-core Xeon:
 * 0.377 → 0.337 ms, each split measured alone at 2-4 %). Splitting S and ∂L/∂W_out changes the order
 * of their sums, not their determinism: the blocks are fixed.
 */
final class GramProducts {
    /** Rows of H per S = Hᵀ · H call (the sample rows; S accumulates over the calls). */
    static final int MOMENT_ROWS_PER_CALL = 256;
    /** Rows of H per H · G call. */
    static final int GRAM_ROWS_PER_CALL = 128;
    /** Inner dimension per ∂L/∂W_out call (of d + n; the result accumulates over the calls). */
    static final int GRADIENT_DEPTH_PER_CALL = 50;

    private final int nFeatures;
    private final int dMlp;

    private final NativeFloats outputSide;
    private final NativeFloats gram;
    private final NativeFloats transposed;
    private final NativeFloats mixedOut;
    private final NativeFloats hidden;
    private final NativeFloats hiddenAgain;
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
        this.outputSide = new NativeFloats(n * (d + n));
        for (int j = 0; j < n; j++) {
            for (int o = 0; o < n; o++) {
                outputSide.buffer.put(d * n + j * n + o, -mixingT[j * n + o]);
            }
        }
        this.gram = new NativeFloats(d * d);
        this.transposed = new NativeFloats(n * d);
        this.mixedOut = new NativeFloats(n * d);
        this.hidden = new NativeFloats(maxRows * d);
        this.hiddenAgain = hidden.alias();
        this.groupRows = new NativeFloats(2 * n * d);
        this.hiddenGram = new NativeFloats(maxRows * d);
        this.moments = new NativeFloats((d + n) * d);
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
        for (int j = 0; j < n; j++) {
            float[] row = wOutT[j];
            for (int c = 0; c < d; c++) {
                row[c] = wOut[c * n + j];
            }
            transposed.buffer.put(j * d, row, 0, d);
        }
        Sgemm.gemm(false, true, d, d, n, transposed.pointer, d, transposed.pointer, d, 0f, gram.pointer, d);
        Sgemm.gemm(false, false, d, n, n, -1f, transposed.pointer, d, outputSide.at((long) d * n), n, 0f,
                mixedOut.pointer, d);
        gram.buffer.get(0, g, 0, d * d);
        for (int j = 0; j < n; j++) {
            mixedOut.buffer.get(j * d, k[j], 0, d);
        }
    }

    /**
     * The native hidden rows H (m sample rows, then the weighted group rows w_g · A[g], d floats each)
     * as bytes in native order, for the step's kernels to write in place.
     */
    ByteBuffer hiddenRows() {
        return hidden.bytes;
    }

    /** The native unweighted group rows A (2n × d), as bytes in native order. */
    ByteBuffer groupRows() {
        return groupRows.bytes;
    }

    /** The native H · G rows of the last {@link #hiddenSide}, as bytes in native order. */
    ByteBuffer hiddenGram() {
        return hiddenGram.bytes;
    }

    /**
     * From the hidden rows and the group rows written in place ({@link #hiddenRows}, {@link #groupRows}),
     * writes S (d × d, column-major) into {@code s} and H · G into the native rows of {@link #hiddenGram}.
     */
    void hiddenSide(int m, int groups, float[] s) {
        int d = dMlp;
        int rows = m + groups;
        for (int from = 0; from < m; from += MOMENT_ROWS_PER_CALL) {
            int count = Math.min(MOMENT_ROWS_PER_CALL, m - from);
            Sgemm.gemm(false, true, d, d, count, hiddenAgain.at((long) from * d), d, hidden.at((long) from * d), d,
                    from > 0 ? 1f : 0f, moments.pointer, d);
        }
        if (groups > 0) {
            Sgemm.gemm(false, true, d, d, groups, hidden.at((long) m * d), d, groupRows.pointer, d, m > 0 ? 1f : 0f,
                    moments.pointer, d);
        }
        for (int from = 0; from < rows; from += GRAM_ROWS_PER_CALL) {
            int count = Math.min(GRAM_ROWS_PER_CALL, rows - from);
            Sgemm.gemm(false, false, d, count, d, gram.pointer, d, hidden.at((long) from * d), d, 0f,
                    hiddenGram.at((long) from * d), d);
        }
        moments.buffer.get(0, s, 0, d * d);
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
            moments.buffer.put((d + j) * d, scaledU, 0, d);
        }
        for (int from = 0; from < d + n; from += GRADIENT_DEPTH_PER_CALL) {
            int count = Math.min(GRADIENT_DEPTH_PER_CALL, d + n - from);
            Sgemm.gemm(false, true, n, d, count, scale, outputSide.at((long) from * n), n, moments.at((long) from * d), d,
                    from > 0 ? 1f : 0f, gradWOut.pointer, n);
        }
        gradWOut.buffer.get(0, gradWOutOut, 0, d * n);
        for (int j = 0; j < n; j++) {
            float[] p = pn[j];
            for (int c = 0; c < d; c++) {
                gradWOutOut[c * n + j] -= scale * p[c];
            }
        }
    }
}
