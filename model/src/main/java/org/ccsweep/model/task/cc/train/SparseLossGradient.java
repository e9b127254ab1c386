package org.ccsweep.model.task.cc.train;

import static org.ccsweep.model.task.cc.train.FloatKernels.axpyFrom;
import static org.ccsweep.model.task.cc.train.FloatKernels.dotLanes;
import static org.ccsweep.model.task.cc.train.FloatKernels.dzRows;
import static org.ccsweep.model.task.cc.train.FloatKernels.manyRow;
import static org.ccsweep.model.task.cc.train.FloatKernels.pairRow;
import static org.ccsweep.model.task.cc.train.FloatKernels.scaleAdd;
import static org.ccsweep.model.task.cc.train.FloatKernels.singleRow;
import static org.ccsweep.model.task.cc.train.FloatKernels.sum;
import static org.ccsweep.model.task.cc.train.FloatKernels.tripleRow;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * MSE loss and its gradients for the simplified model on one sparse batch, without allocating, in
 * Gram form: no product is n wide per sample.
 *
 * <p>With X ∈ R^{B × n} the batch, H = ReLU(X · W_in), Ŷ = H · W_out, labels Y = ReLU(X) + |s| · X · Mᵀ,
 * R = Ŷ − Y and c = 2 / (B · n), the direct form L = Σ R² / (B · n), ∂L/∂W_out = c · Hᵀ R,
 * dH = c · R · W_outᵀ needs Ŷ and R, B × n. Expanding R instead:
 * <pre>
 *   G = W_out · W_outᵀ (d × d),  S = Hᵀ · H (d × d),  Yo = Y · W_outᵀ (B × d),  T = Hᵀ · Y (d × n)
 *   Σ R²      = Σ S ⊙ G − 2 Σ W_out ⊙ T + Σ ‖y‖²
 *   dH        = c · (H · G − Yo),   dZ = dH ⊙ [H &gt; 0],   ∂L/∂W_in = Xᵀ · dZ
 *   ∂L/∂W_out = c · (S · W_out − T)
 *   ∂L/∂s     = −sign(s) · c · Σ R ⊙ (X · Mᵀ) = −sign(s) · c · (Σ U ⊙ Kᵀ − Σ y · Mx)
 * </pre>
 * and the labels are sparse plus a fixed linear map, so the Y terms need no dense Y: with
 * K = Mᵀ · W_outᵀ (n × d) and the label table Yo[j] = W_outᵀ[j] + |s| · K[j], Yo[n + j] = |s| · K[j],
 * a sample's y · W_outᵀ = Σ v · Yo[j, or n + j where v &lt; 0] over its active entries (j, v); with
 * P[j] = Σ_{v &gt; 0} v · h and N[j] = Σ_{v &lt; 0} v · h (scatters of H by the entries),
 * U = Hᵀ · X = (P + N)ᵀ, Tᵀ = P + |s| · M · (P + N) and Σ W_out ⊙ T = Σ_g [P; N][g] · Yo[g];
 * Σ ‖y‖² and Σ y · Mx are sums over each sample's active pairs ({@link LabelMoments}).
 *
 * <p>So per step: the sparse gathers H and Yo and the scatters P, N and Xᵀ · dZ in Java, d wide per
 * active entry; the dense products ({@link GramProducts}) G, K, S, H · G and ∂L/∂W_out, d² or n · d
 * wide. Empty samples contribute nothing but their count B. When at least 2n samples have a single
 * active feature, they are summed into 2n group rows ({@link SingleFeatureSamples}) after the m
 * sample rows; otherwise every non-empty sample is a row. Which samples are rows, the groups'
 * weights and the label moments depend on the batch (and M) only: a {@link BatchLayout} holds them,
 * shared by the steps of models trained in lock-step on the same batches. The loss is a difference of O(Σ ‖y‖²)
 * terms computed from float32 products, so its relative error is that of the products times
 * Σ ‖y‖² / Σ R², about 2 for trained models (SparseLossGradientTest checks it on one); rounding can
 * take an exact fit's sum below 0, so it is clamped at 0. A sum of squares past float32's range is
 * reported as +∞, as float32 sums of R² (the dense step's, PyTorch's) would overflow: the trainer
 * treats it as divergence, although the double label terms here would still be finite.
 */
public final class SparseLossGradient implements BatchLoss {
    private final int nFeatures;
    private final int dMlp;
    private final int batch;
    private final SingleFeatureSamples singleFeature;
    private final BatchLayout layout;
    private final GramProducts products;

    private final float[][] wInRows;
    private final float[][] wOutT;
    private final float[][] mixedOut;
    private final float[][] labelTable;
    private final float[][] scatter;
    private final float[][] gradWInRows;
    private final float[] hiddenRow;
    /** Per row, y · W_outᵀ from the forward pass, which the dZ pass overwrites with dZ. */
    private final float[] labelRows;
    private final float[] gram;
    private final float[] moments;
    private final float[] outLanes;
    private final float[] mixedLanes;

    private double gradSigma;

    /**
     * @param nFeatures n
     * @param dMlp      d
     * @param batch     B, samples per batch
     * @param mixing    the unscaled M, n × n row-major
     */
    public SparseLossGradient(int nFeatures, int dMlp, int batch, float[] mixing) {
        this(nFeatures, dMlp, batch, mixing, new BatchLayout(nFeatures, batch, mixing, false));
    }

    /**
     * A step that reads each batch's layout from {@code layout}, which steps trained in lock-step on
     * the same batches and the same M share.
     */
    SparseLossGradient(int nFeatures, int dMlp, int batch, float[] mixing, BatchLayout layout) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        this.batch = batch;
        int n = nFeatures;
        int d = dMlp;
        int maxRows = batch;
        this.singleFeature = new SingleFeatureSamples(n, d);
        this.layout = layout;
        this.products = new GramProducts(n, d, maxRows, FloatKernels.transpose(mixing, n));
        this.wInRows = new float[n][d];
        this.wOutT = new float[n][d];
        this.mixedOut = new float[n][d];
        this.labelTable = new float[2 * n][d];
        this.scatter = new float[2 * n][d];
        this.gradWInRows = new float[n][d];
        this.hiddenRow = new float[d];
        this.labelRows = new float[maxRows * d];
        this.gram = new float[d * d];
        this.moments = new float[d * d];
        this.outLanes = new float[d];
        this.mixedLanes = new float[d];
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
        layout.analyse(x);
        int m = layout.rows;
        int groups = layout.groupedSingles ? 2 * n : 0;
        int rows = m + groups;
        if (rows == 0) {
            Arrays.fill(gradWIn, 0f);
            Arrays.fill(gradWOut, 0f);
            gradSigma = 0.0;
            return 0.0;
        }
        float sAbs = Math.abs(s);
        double scale = 2.0 / ((double) batch * n);

        products.outputSide(wOut, gram, wOutT, mixedOut);
        for (int j = 0; j < n; j++) {
            scaleAdd(sAbs, mixedOut[j], wOutT[j], labelTable[n + j], labelTable[j]);
            System.arraycopy(wIn, j * d, wInRows[j], 0, d);
        }
        for (float[] row : scatter) {
            Arrays.fill(row, 0f);
        }
        forward(m);
        if (groups > 0) {
            singleFeature.writeRows(layout.singleWeights, wInRows, labelTable, products.hiddenRows(), labelRows, m,
                    products.groupRows(), scatter);
        }
        products.hiddenSide(m, groups, moments);

        float c = (float) scale;
        dzRows(c, products.hiddenGram(), labelRows, products.hiddenRows(), rows * d);
        for (float[] row : gradWInRows) {
            Arrays.fill(row, 0f);
        }
        backward(m);
        if (groups > 0) {
            singleFeature.backward(labelRows, m, gradWInRows);
        }
        for (int j = 0; j < n; j++) {
            System.arraycopy(gradWInRows[j], 0, gradWIn, j * d, d);
        }
        products.gradWOut(scatter, sAbs, c, gradWOut);

        double lossSum = Math.max(outputNorm() - 2.0 * outputDotLabels() + layout.labels.labelNorm(sAbs), 0.0);
        if (lossSum > Float.MAX_VALUE) {
            lossSum = Double.POSITIVE_INFINITY;
        }
        gradSigma = -Math.signum(s) * scale * (sum(mixedLanes) - layout.labels.labelDotMixed(sAbs));
        return lossSum / ((double) batch * n);
    }

    /** ∂L/∂s of the last {@link #compute} call. */
    @Override
    public double gradSigma() {
        return gradSigma;
    }

    /**
     * Rows 0..m−1 of the native hidden rows ({@link GramProducts#hiddenRows}) = h = ReLU(x · W_in) and
     * of {@code labelRows} = y · W_outᵀ for the layout's rows, and P, N += v · h over their entries:
     * one fused kernel per row, with a loop per class of rows (k = 1, 2, 3 and ≥ 4).
     */
    private void forward(int m) {
        int n = nFeatures;
        int d = dMlp;
        int[] start = layout.entryStart;
        int[] features = layout.entryFeature;
        float[] values = layout.entryValue;
        int singlesEnd = layout.singleRows;
        int pairsEnd = singlesEnd + layout.pairRows;
        ByteBuffer hidden = products.hiddenRows();
        int r = 0;
        for (; r < singlesEnd; r++) {
            float v = values[r];
            int j = features[r];
            int g = v > 0f ? j : n + j;
            singleRow(v, wInRows[j], labelTable[g], scatter[g], hidden, labelRows, r * d);
        }
        for (; r < pairsEnd; r++) {
            int e = start[r];
            float v0 = values[e];
            int j0 = features[e];
            int g0 = v0 > 0f ? j0 : n + j0;
            float v1 = values[e + 1];
            int j1 = features[e + 1];
            int g1 = v1 > 0f ? j1 : n + j1;
            pairRow(v0, wInRows[j0], labelTable[g0], scatter[g0], v1, wInRows[j1], labelTable[g1], scatter[g1], hidden,
                    labelRows, r * d);
        }
        for (int triplesEnd = pairsEnd + layout.tripleRows; r < triplesEnd; r++) {
            tripleRow(features, values, start[r], wInRows, labelTable, scatter, hidden, labelRows, r * d);
        }
        for (; r < m; r++) {
            manyRow(features, values, start[r], start[r + 1], wInRows, labelTable, scatter, hidden, labelRows, r * d,
                    hiddenRow);
        }
    }

    /**
     * ∂L/∂W_in[j] += v · dZ row over the entries of the layout's rows, from the label rows that the dZ
     * pass has overwritten with dZ.
     */
    private void backward(int m) {
        int d = dMlp;
        float[] dz = labelRows;
        int[] start = layout.entryStart;
        int[] features = layout.entryFeature;
        float[] values = layout.entryValue;
        int singlesEnd = layout.singleRows;
        int pairsEnd = singlesEnd + layout.pairRows;
        int r = 0;
        for (; r < singlesEnd; r++) {
            axpyFrom(values[r], dz, r * d, gradWInRows[features[r]]);
        }
        for (; r < pairsEnd; r++) {
            int e = start[r];
            axpyFrom(values[e], dz, r * d, gradWInRows[features[e]]);
            axpyFrom(values[e + 1], dz, r * d, gradWInRows[features[e + 1]]);
        }
        for (; r < m; r++) {
            for (int e = start[r]; e < start[r + 1]; e++) {
                axpyFrom(values[e], dz, r * d, gradWInRows[features[e]]);
            }
        }
    }

    /**
     * Σ ‖ŷ‖² = Σ S ⊙ G, in four partial sums (every fourth entry), so that the d² additions are not
     * one chain of dependent double adds.
     */
    private double outputNorm() {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 3 < gram.length; i += 4) {
            s0 += (double) moments[i] * gram[i];
            s1 += (double) moments[i + 1] * gram[i + 1];
            s2 += (double) moments[i + 2] * gram[i + 2];
            s3 += (double) moments[i + 3] * gram[i + 3];
        }
        for (; i < gram.length; i++) {
            s0 += (double) moments[i] * gram[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Σ ŷ · y = Σ_g [P; N][g] · Yo[g]; leaves Σ ŷ · Mx = Σ_j (P + N)[j] · K[j] in {@code mixedLanes}.
     */
    private double outputDotLabels() {
        int n = nFeatures;
        Arrays.fill(outLanes, 0f);
        Arrays.fill(mixedLanes, 0f);
        for (int g = 0; g < 2 * n; g++) {
            dotLanes(scatter[g], labelTable[g], outLanes);
            dotLanes(scatter[g], mixedOut[g < n ? g : g - n], mixedLanes);
        }
        return sum(outLanes);
    }
}
