package org.ccsweep.model.train;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.ccsweep.model.data.SparseBatch;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * MSE loss and its gradients for the simplified model on one sparse batch, without allocating.
 *
 * <p>With X ∈ R^{B × n} the batch, Z = X · W_in, H = ReLU(Z), Ŷ = H · W_out, labels
 * Y = ReLU(X) + |s| · X · Mᵀ and residual R = Ŷ − Y:
 * <pre>
 *   L      = Σ R² / (B · n)
 *   dŶ     = 2 R / (B · n)
 *   ∂L/∂W_out = Hᵀ · dŶ                      (d × n)
 *   dZ     = (dŶ · W_outᵀ) ⊙ [Z > 0]
 *   ∂L/∂W_in  = Xᵀ · dZ                      (n × d)
 *   ∂L/∂s  = −sign(s) · Σ dŶ ⊙ (X · Mᵀ)
 * </pre>
 * Empty samples have Ŷ = Y = 0 and contribute nothing but their count B. Only the m non-empty
 * samples are computed: X · W_in and Xᵀ · dZ as sparse gathers and scatters in Java; the three dense
 * products as single-precision BLAS calls ({@link Nd4j#gemm}) on the first mPad = ⌈m / 64⌉ · 64
 * sample rows of preallocated native buffers, whose padding rows are zeroed each step.
 *
 * <p>Native layouts: a sample-major m × k block is the column-major (ND4J 'f') k × m matrix, so
 * Hᵀ (d × m), Ŷᵀ and dŶᵀ (n × m), dHᵀ (d × m) are prefixes of their buffers; W_out (d × n row-major)
 * is W_outᵀ in 'f' order.
 */
public final class SparseLossGradient {
    /** Rows are padded to a multiple of this, so that a few views cover every batch. */
    static final int ROW_BLOCK = 64;

    private final int nFeatures;
    private final int dMlp;
    private final int batch;
    private final float[] mixingT;

    private final int[] nonEmpty;
    private final float[] hidden;
    private final float[] output;
    private final float[] hiddenGrad;
    private final float[] xm;

    private final FloatBuffer hiddenNative;
    private final FloatBuffer outputNative;
    private final FloatBuffer hiddenGradNative;
    private final FloatBuffer wOutNative;
    private final FloatBuffer gradWOutNative;
    private final INDArray[] hiddenT;
    private final INDArray[] outputT;
    private final INDArray[] hiddenGradT;
    private final INDArray wOutT;
    private final INDArray gradWOutT;

    private double gradSigma;

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
        this.mixingT = transpose(mixing, nFeatures);
        int blocks = (batch + ROW_BLOCK - 1) / ROW_BLOCK;
        int rows = blocks * ROW_BLOCK;
        this.nonEmpty = new int[batch];
        this.hidden = new float[rows * dMlp];
        this.output = new float[rows * nFeatures];
        this.hiddenGrad = new float[rows * dMlp];
        this.xm = new float[nFeatures];

        DataBuffer hiddenBuffer = Nd4j.createBuffer(DataType.FLOAT, (long) rows * dMlp, true);
        DataBuffer outputBuffer = Nd4j.createBuffer(DataType.FLOAT, (long) rows * nFeatures, true);
        DataBuffer hiddenGradBuffer = Nd4j.createBuffer(DataType.FLOAT, (long) rows * dMlp, true);
        this.hiddenNative = hiddenBuffer.asNioFloat();
        this.outputNative = outputBuffer.asNioFloat();
        this.hiddenGradNative = hiddenGradBuffer.asNioFloat();
        this.hiddenT = new INDArray[blocks + 1];
        this.outputT = new INDArray[blocks + 1];
        this.hiddenGradT = new INDArray[blocks + 1];
        for (int b = 1; b <= blocks; b++) {
            int m = b * ROW_BLOCK;
            hiddenT[b] = columnPrefix(hiddenBuffer, dMlp, m);
            outputT[b] = columnPrefix(outputBuffer, nFeatures, m);
            hiddenGradT[b] = columnPrefix(hiddenGradBuffer, dMlp, m);
        }
        this.wOutT = Nd4j.create(DataType.FLOAT, new long[] {nFeatures, dMlp}, 'f');
        this.gradWOutT = Nd4j.create(DataType.FLOAT, new long[] {nFeatures, dMlp}, 'f');
        this.wOutNative = wOutT.data().asNioFloat();
        this.gradWOutNative = gradWOutT.data().asNioFloat();
    }

    /** The first m columns of a column-major rows × capacity buffer, as a rows × m 'f'-order matrix. */
    private static INDArray columnPrefix(DataBuffer buffer, int rows, int m) {
        DataBuffer prefix = Nd4j.createBuffer(buffer, 0, (long) rows * m);
        return Nd4j.create(prefix, new long[] {rows, m}, new long[] {1, rows}, 0, 'f');
    }

    private static float[] transpose(float[] a, int n) {
        float[] t = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j * n + i] = a[i * n + j];
            }
        }
        return t;
    }

    /**
     * Computes the loss of the batch and writes ∂L/∂W_in (n × d) and ∂L/∂W_out (d × n) into the given
     * arrays; ∂L/∂s is then available from {@link #gradSigma()}.
     *
     * @return L, the mean of (ŷ − y)² over the B · n outputs
     */
    public double compute(SparseBatch x, float[] wIn, float[] wOut, float s, float[] gradWIn, float[] gradWOut) {
        int n = nFeatures;
        int d = dMlp;
        int m = 0;
        for (int i = 0; i < batch; i++) {
            if (x.rowStart(i + 1) > x.rowStart(i)) {
                nonEmpty[m++] = i;
            }
        }
        Arrays.fill(gradWIn, 0f);
        if (m == 0) {
            Arrays.fill(gradWOut, 0f);
            gradSigma = 0.0;
            return 0.0;
        }
        int blocks = (m + ROW_BLOCK - 1) / ROW_BLOCK;
        int mPad = blocks * ROW_BLOCK;

        forwardHidden(x, wIn, m);
        Arrays.fill(hidden, m * d, mPad * d, 0f);
        hiddenNative.put(0, hidden, 0, mPad * d);
        wOutNative.put(0, wOut, 0, d * n);
        Nd4j.gemm(wOutT, hiddenT[blocks], outputT[blocks], false, false, 1.0, 0.0);
        outputNative.get(0, output, 0, m * n);

        double scale = 2.0 / ((double) batch * n);
        double lossSum = 0.0;
        double sigmaSum = 0.0;
        float sAbs = Math.abs(s);
        float scaleF = (float) scale;
        for (int r = 0; r < m; r++) {
            int i = nonEmpty[r];
            int base = r * n;
            Arrays.fill(xm, 0f);
            for (int k = x.rowStart(i); k < x.rowStart(i + 1); k++) {
                axpy(x.value(k), mixingT, x.feature(k) * n, xm, 0, n);
            }
            for (int o = 0; o < n; o++) {
                output[base + o] -= sAbs * xm[o];
            }
            for (int k = x.rowStart(i); k < x.rowStart(i + 1); k++) {
                float v = x.value(k);
                if (v > 0f) {
                    output[base + x.feature(k)] -= v;
                }
            }
            float squares = 0f;
            float residualDotXm = 0f;
            for (int o = 0; o < n; o++) {
                float residual = output[base + o];
                squares += residual * residual;
                residualDotXm += residual * xm[o];
                output[base + o] = residual * scaleF;
            }
            lossSum += squares;
            sigmaSum += residualDotXm;
        }
        Arrays.fill(output, m * n, mPad * n, 0f);
        outputNative.put(0, output, 0, mPad * n);

        Nd4j.gemm(outputT[blocks], hiddenT[blocks], gradWOutT, false, true, 1.0, 0.0);
        gradWOutNative.get(0, gradWOut, 0, d * n);
        Nd4j.gemm(wOutT, outputT[blocks], hiddenGradT[blocks], true, false, 1.0, 0.0);
        hiddenGradNative.get(0, hiddenGrad, 0, m * d);

        for (int r = 0; r < m; r++) {
            int i = nonEmpty[r];
            int base = r * d;
            for (int c = 0; c < d; c++) {
                if (hidden[base + c] <= 0f) {
                    hiddenGrad[base + c] = 0f;
                }
            }
            for (int k = x.rowStart(i); k < x.rowStart(i + 1); k++) {
                axpy(x.value(k), hiddenGrad, base, gradWIn, x.feature(k) * d, d);
            }
        }
        gradSigma = -Math.signum(s) * scale * sigmaSum;
        return lossSum / ((double) batch * n);
    }

    /** H rows 0..m−1 = ReLU(x_i · W_in) of the non-empty samples. */
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

    /** ∂L/∂s of the last {@link #compute} call. */
    public double gradSigma() {
        return gradSigma;
    }

    /** y[yFrom .. yFrom + length) += a · x[xFrom .. xFrom + length). */
    private static void axpy(float a, float[] x, int xFrom, float[] y, int yFrom, int length) {
        for (int c = 0; c < length; c++) {
            y[yFrom + c] += a * x[xFrom + c];
        }
    }
}
