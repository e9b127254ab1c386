package org.ccsweep.model.task.cc.train;

import static org.ccsweep.model.task.cc.train.FloatKernels.keepWherePositive;
import static org.ccsweep.model.task.cc.train.FloatKernels.sum;

import java.util.Arrays;
import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * The same loss and gradients as {@link SparseLossGradient}, for dense inputs: every product a
 * single-precision BLAS call ({@link Sgemm}) on preallocated native arrays, without allocating.
 *
 * <p>The m non-empty samples are scattered into a dense X ∈ R^{m × n} (sample-major rows); empty
 * samples have Ŷ = Y = 0 and contribute nothing but their count B. With Y = ReLU(X) + |s| · X · Mᵀ:
 * <pre>
 *   H         = ReLU(X · W_in)               (m × d)
 *   Ŷ         = H · W_out                    (m × n)
 *   XM        = X · Mᵀ                       (m × n)
 *   R         = Ŷ − ReLU(X) − |s| · XM,  L = Σ R² / (B · n)
 *   dŶ        = 2 R / (B · n)
 *   ∂L/∂W_out = Hᵀ · dŶ                      (d × n)
 *   dZ        = (dŶ · W_outᵀ) ⊙ [H &gt; 0]      (m × d)
 *   ∂L/∂W_in  = Xᵀ · dZ                      (n × d)
 *   ∂L/∂s     = −sign(s) · Σ dŶ ⊙ XM
 * </pre>
 * A row-major r × c matrix is the column-major c × r one, so in BLAS's column-major terms:
 * Hᵀ = W_inᵀ · Xᵀ, Ŷᵀ = W_outᵀ · Hᵀ, XMᵀ = M · Xᵀ (M row-major read transposed), ∂W_outᵀ = dŶᵀ · H,
 * dHᵀ = W_out · dŶᵀ and ∂W_inᵀ = dZᵀ · X. R, the loss and the σ sum are one Java pass per row with
 * per-output float lanes, as in the sparse step; so is the ReLU mask.
 */
public final class DenseLossGradient implements BatchLoss {
    private final int nFeatures;
    private final int dMlp;
    private final int batch;

    private final float[] x;
    private final float[] hidden;
    private final float[] output;
    private final float[] xm;
    private final float[] hiddenGrad;
    private final float[] lossLanes;
    private final float[] sigmaLanes;

    private final NativeFloats xNative;
    private final NativeFloats mixingNative;
    private final NativeFloats wInNative;
    private final NativeFloats wOutNative;
    private final NativeFloats hiddenNative;
    private final NativeFloats outputNative;
    private final NativeFloats xmNative;
    private final NativeFloats hiddenGradNative;
    private final NativeFloats gradWInNative;
    private final NativeFloats gradWOutNative;

    private double gradSigma;

    /**
     * @param nFeatures n
     * @param dMlp      d
     * @param batch     B, samples per batch
     * @param mixing    the unscaled M, n × n row-major
     */
    public DenseLossGradient(int nFeatures, int dMlp, int batch, float[] mixing) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        this.batch = batch;
        int n = nFeatures;
        int d = dMlp;
        this.x = new float[batch * n];
        this.hidden = new float[batch * d];
        this.output = new float[batch * n];
        this.xm = new float[batch * n];
        this.hiddenGrad = new float[batch * d];
        this.lossLanes = new float[n];
        this.sigmaLanes = new float[n];
        this.xNative = new NativeFloats(batch * n);
        this.mixingNative = new NativeFloats(n * n);
        this.mixingNative.buffer.put(0, mixing, 0, n * n);
        this.wInNative = new NativeFloats(n * d);
        this.wOutNative = new NativeFloats(d * n);
        this.hiddenNative = new NativeFloats(batch * d);
        this.outputNative = new NativeFloats(batch * n);
        this.xmNative = new NativeFloats(batch * n);
        this.hiddenGradNative = new NativeFloats(batch * d);
        this.gradWInNative = new NativeFloats(n * d);
        this.gradWOutNative = new NativeFloats(d * n);
    }

    /**
     * Computes the loss of the batch and writes ∂L/∂W_in (n × d) and ∂L/∂W_out (d × n) into the given
     * arrays; ∂L/∂s is then available from {@link #gradSigma()}.
     *
     * @return L, the mean of (ŷ − y)² over the B · n outputs
     */
    @Override
    public double compute(SparseBatch batchX, float[] wIn, float[] wOut, float s, float[] gradWIn, float[] gradWOut) {
        int n = nFeatures;
        int d = dMlp;
        int m = scatter(batchX);
        if (m == 0) {
            Arrays.fill(gradWIn, 0f);
            Arrays.fill(gradWOut, 0f);
            gradSigma = 0.0;
            return 0.0;
        }
        double scale = 2.0 / ((double) batch * n);

        xNative.buffer.put(0, x, 0, m * n);
        wInNative.buffer.put(0, wIn, 0, n * d);
        wOutNative.buffer.put(0, wOut, 0, d * n);
        Sgemm.gemm(false, false, d, m, n, wInNative.pointer, d, xNative.pointer, n, 0f, hiddenNative.pointer, d);
        hiddenNative.buffer.get(0, hidden, 0, m * d);
        for (int i = 0; i < m * d; i++) {
            hidden[i] = Math.max(hidden[i], 0f);
        }
        hiddenNative.buffer.put(0, hidden, 0, m * d);
        Sgemm.gemm(false, false, n, m, d, wOutNative.pointer, n, hiddenNative.pointer, d, 0f, outputNative.pointer,
                n);
        Sgemm.gemm(true, false, n, m, n, mixingNative.pointer, n, xNative.pointer, n, 0f, xmNative.pointer, n);
        outputNative.buffer.get(0, output, 0, m * n);
        xmNative.buffer.get(0, xm, 0, m * n);

        double lossSum = residuals(m, Math.abs(s), (float) scale);
        gradSigma = -Math.signum(s) * scale * sum(sigmaLanes);
        outputNative.buffer.put(0, output, 0, m * n);

        Sgemm.gemm(false, true, n, d, m, outputNative.pointer, n, hiddenNative.pointer, d, 0f, gradWOutNative.pointer,
                n);
        Sgemm.gemm(true, false, d, m, n, wOutNative.pointer, n, outputNative.pointer, n, 0f, hiddenGradNative.pointer,
                d);
        hiddenGradNative.buffer.get(0, hiddenGrad, 0, m * d);
        for (int i = 0; i < m * d; i++) {
            hiddenGrad[i] = keepWherePositive(hiddenGrad[i], hidden[i]);
        }
        hiddenGradNative.buffer.put(0, hiddenGrad, 0, m * d);
        Sgemm.gemm(false, true, d, n, m, hiddenGradNative.pointer, d, xNative.pointer, n, 0f, gradWInNative.pointer,
                d);
        gradWInNative.buffer.get(0, gradWIn, 0, n * d);
        gradWOutNative.buffer.get(0, gradWOut, 0, d * n);
        return lossSum / ((double) batch * n);
    }

    /** ∂L/∂s of the last {@link #compute} call. */
    @Override
    public double gradSigma() {
        return gradSigma;
    }

    /** Writes the non-empty samples as dense rows 0..m−1 of X and returns m. */
    private int scatter(SparseBatch batchX) {
        int n = nFeatures;
        int m = 0;
        for (int i = 0; i < batch; i++) {
            int from = batchX.rowStart(i);
            int to = batchX.rowStart(i + 1);
            if (from == to) {
                continue;
            }
            int base = m * n;
            Arrays.fill(x, base, base + n, 0f);
            for (int k = from; k < to; k++) {
                x[base + batchX.feature(k)] = batchX.value(k);
            }
            m++;
        }
        return m;
    }

    /**
     * Turns Ŷ rows 0..m−1 into dŶ = scale · (Ŷ − ReLU(X) − |s| · XM) in place, leaves Σ R ⊙ XM in the
     * σ lanes and returns Σ R².
     */
    private double residuals(int m, float sAbs, float scale) {
        int n = nFeatures;
        Arrays.fill(lossLanes, 0f);
        Arrays.fill(sigmaLanes, 0f);
        for (int r = 0; r < m; r++) {
            int base = r * n;
            for (int o = 0; o < n; o++) {
                float residual = output[base + o] - Math.max(x[base + o], 0f) - sAbs * xm[base + o];
                lossLanes[o] += residual * residual;
                sigmaLanes[o] += residual * xm[base + o];
                output[base + o] = scale * residual;
            }
        }
        return sum(lossLanes);
    }
}
