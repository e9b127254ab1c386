package org.ccsweep.model.train;

import static org.ccsweep.model.train.FloatKernels.axpy;
import static org.ccsweep.model.train.FloatKernels.keepWherePositive;
import static org.ccsweep.model.train.FloatKernels.scaleInto;
import static org.ccsweep.model.train.FloatKernels.sum;

import java.util.Arrays;
import org.ccsweep.model.data.SparseBatch;

/**
 * MSE loss and its gradients for the simplified model on one sparse batch, without allocating.
 *
 * <p>With X ∈ R^{B × n} the batch, Z = X · W_in, H = ReLU(Z), Ŷ = H · W_out, labels
 * Y = ReLU(X) + |s| · X · Mᵀ and residual R = Ŷ − Y:
 * <pre>
 *   L         = Σ R² / (B · n)
 *   dŶ        = 2 R / (B · n)
 *   ∂L/∂W_out = Hᵀ · dŶ                      (d × n)
 *   dZ        = (dŶ · W_outᵀ) ⊙ [Z &gt; 0]
 *   ∂L/∂W_in  = Xᵀ · dZ                      (n × d)
 *   ∂L/∂s     = −sign(s) · Σ dŶ ⊙ (X · Mᵀ)
 * </pre>
 * Empty samples have Ŷ = Y = 0 and contribute nothing but their count B. The m other non-empty
 * samples are computed row by row: X · W_in and Xᵀ · dZ as sparse gathers and scatters in Java, the
 * three dense products as single-precision BLAS calls ({@link Sgemm}) on preallocated native arrays:
 * Hᵀ (d × rows), Ŷᵀ then dŶᵀ (n × rows), dHᵀ (d × rows) column-major, i.e. sample-major rows, and
 * W_out (d × n row-major) read as W_outᵀ column-major. When at least 2n samples have a single active
 * feature, they go through {@link SingleFeatureSamples}, whose 2n group rows follow the m sample rows
 * in the same three products (rows = m + 2n ≤ B); otherwise every non-empty sample is a row.
 */
public final class SparseLossGradient implements BatchLoss {
    private final int nFeatures;
    private final int dMlp;
    private final int batch;
    private final float[] mixingT;
    private final SingleFeatureSamples singleFeature;

    private final int[] nonEmpty;
    private final int[] singles;
    private final float[] hidden;
    private final float[] output;
    private final float[] hiddenGrad;
    private final float[] xm;
    private final float[] lossLanes;
    private final float[] sigmaLanes;

    private final NativeFloats hiddenNative;
    private final NativeFloats outputNative;
    private final NativeFloats hiddenGradNative;
    private final NativeFloats wOutNative;
    private final NativeFloats gradWOutNative;

    private double gradSigma;
    private double sigmaSum;

    /**
     * @param nFeatures n
     * @param dMlp      d
     * @param batch     B, samples per batch
     * @param mixing    the unscaled M, n × n row-major
     */
    public SparseLossGradient(int nFeatures, int dMlp, int batch, float[] mixing) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        this.batch = batch;
        this.mixingT = FloatKernels.transpose(mixing, nFeatures);
        this.singleFeature = new SingleFeatureSamples(nFeatures, dMlp, mixingT);
        this.nonEmpty = new int[batch];
        this.singles = new int[batch];
        this.hidden = new float[batch * dMlp];
        this.output = new float[batch * nFeatures];
        this.hiddenGrad = new float[batch * dMlp];
        this.xm = new float[nFeatures];
        this.lossLanes = new float[nFeatures];
        this.sigmaLanes = new float[nFeatures];
        this.hiddenNative = new NativeFloats(batch * dMlp);
        this.outputNative = new NativeFloats(batch * nFeatures);
        this.hiddenGradNative = new NativeFloats(batch * dMlp);
        this.wOutNative = new NativeFloats(dMlp * nFeatures);
        this.gradWOutNative = new NativeFloats(dMlp * nFeatures);
    }

    /**
     * Computes the loss of the batch and writes ∂L/∂W_in (n × d) and ∂L/∂W_out (d × n) into the given
     * arrays; ∂L/∂s is then available from {@link #gradSigma()}.
     *
     * @return L, the mean of (ŷ − y)² over the B · n outputs
     */
    @Override
    public double compute(SparseBatch x, float[] wIn, float[] wOut, float s, float[] gradWIn, float[] gradWOut) {
        int n = nFeatures;
        int d = dMlp;
        int singleCount = 0;
        for (int i = 0; i < batch; i++) {
            singleCount += x.rowStart(i + 1) - x.rowStart(i) == 1 ? 1 : 0;
        }
        boolean groupSingles = singleCount >= 2 * n;
        int m = 0;
        singleCount = 0;
        for (int i = 0; i < batch; i++) {
            int active = x.rowStart(i + 1) - x.rowStart(i);
            if (active == 1 && groupSingles) {
                singles[singleCount++] = i;
            } else if (active > 0) {
                nonEmpty[m++] = i;
            }
        }
        Arrays.fill(gradWIn, 0f);
        int rows = m + (groupSingles ? 2 * n : 0);
        if (rows == 0) {
            Arrays.fill(gradWOut, 0f);
            gradSigma = 0.0;
            return 0.0;
        }
        float sAbs = Math.abs(s);
        double scale = 2.0 / ((double) batch * n);

        forwardHidden(x, wIn, m);
        if (groupSingles) {
            singleFeature.writeRelu(wIn, hidden, m);
        }
        wOutNative.buffer.put(0, wOut, 0, d * n);
        hiddenNative.buffer.put(0, hidden, 0, rows * d);
        Sgemm.gemm(false, false, n, rows, d, wOutNative.pointer, n, hiddenNative.pointer, d, 0f, outputNative.pointer,
                n);
        outputNative.buffer.get(0, output, 0, rows * n);

        double lossSum = residuals(x, m, sAbs, (float) scale);
        double residualDotXm = sigmaSum;
        if (groupSingles) {
            lossSum += singleFeature.accumulate(x, singles, singleCount, output, m, sAbs, (float) scale);
            residualDotXm += singleFeature.sigmaSum();
        }
        outputNative.buffer.put(0, output, 0, rows * n);

        Sgemm.gemm(false, true, n, d, rows, outputNative.pointer, n, hiddenNative.pointer, d, 0f,
                gradWOutNative.pointer, n);
        Sgemm.gemm(true, false, d, rows, n, wOutNative.pointer, n, outputNative.pointer, n, 0f,
                hiddenGradNative.pointer, d);
        hiddenGradNative.buffer.get(0, hiddenGrad, 0, rows * d);
        backwardInput(x, m, gradWIn);
        if (groupSingles) {
            singleFeature.backward(hiddenGrad, hidden, m, gradWIn);
        }
        gradWOutNative.buffer.get(0, gradWOut, 0, d * n);
        gradSigma = -Math.signum(s) * scale * residualDotXm;
        return lossSum / ((double) batch * n);
    }

    /** ∂L/∂s of the last {@link #compute} call. */
    @Override
    public double gradSigma() {
        return gradSigma;
    }

    /** H rows 0..m−1 = ReLU(x_i · W_in) of the samples in {@code nonEmpty}. */
    private void forwardHidden(SparseBatch x, float[] wIn, int m) {
        int d = dMlp;
        for (int r = 0; r < m; r++) {
            int i = nonEmpty[r];
            int base = r * d;
            Arrays.fill(hidden, base, base + d, 0f);
            for (int k = x.rowStart(i); k < x.rowStart(i + 1); k++) {
                axpy(x.value(k), wIn, x.feature(k) * d, hidden, base, d);
            }
            for (int c = 0; c < d; c++) {
                hidden[base + c] = Math.max(hidden[base + c], 0f);
            }
        }
    }

    /**
     * Turns Ŷ rows 0..m−1 into dŶ = scale · (Ŷ − ReLU(X) − |s| · X · Mᵀ) in place, leaves
     * Σ R · (X · Mᵀ) in {@code sigmaSum} and returns Σ R². One pass per row after X · Mᵀ: the two
     * sums go into per-output float lanes (elementwise, so the pass vectorises), added up at the end.
     */
    private double residuals(SparseBatch x, int m, float sAbs, float scale) {
        int n = nFeatures;
        Arrays.fill(lossLanes, 0f);
        Arrays.fill(sigmaLanes, 0f);
        for (int r = 0; r < m; r++) {
            int i = nonEmpty[r];
            int base = r * n;
            int from = x.rowStart(i);
            int to = x.rowStart(i + 1);
            scaleInto(x.value(from), mixingT, x.feature(from) * n, xm, n);
            for (int k = from + 1; k < to; k++) {
                axpy(x.value(k), mixingT, x.feature(k) * n, xm, 0, n);
            }
            for (int k = from; k < to; k++) {
                output[base + x.feature(k)] -= Math.max(x.value(k), 0f);
            }
            for (int o = 0; o < n; o++) {
                float residual = output[base + o] - sAbs * xm[o];
                lossLanes[o] += residual * residual;
                sigmaLanes[o] += residual * xm[o];
                output[base + o] = scale * residual;
            }
        }
        sigmaSum = sum(sigmaLanes);
        return sum(lossLanes);
    }

    /** ∂L/∂W_in += Xᵀ · (dH ⊙ [H &gt; 0]) over the samples in {@code nonEmpty}. */
    private void backwardInput(SparseBatch x, int m, float[] gradWIn) {
        int d = dMlp;
        for (int r = 0; r < m; r++) {
            int i = nonEmpty[r];
            int base = r * d;
            for (int c = 0; c < d; c++) {
                hiddenGrad[base + c] = keepWherePositive(hiddenGrad[base + c], hidden[base + c]);
            }
            for (int k = x.rowStart(i); k < x.rowStart(i + 1); k++) {
                axpy(x.value(k), hiddenGrad, base, gradWIn, x.feature(k) * d, d);
            }
        }
    }
}
