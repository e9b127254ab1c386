package org.ccsweep.model.train;

import static org.ccsweep.model.train.FloatKernels.keepWherePositive;
import static org.ccsweep.model.train.FloatKernels.sum;

import java.util.Arrays;
import org.ccsweep.model.data.SparseBatch;

/**
 * The loss and gradient contributions of the samples with exactly one active feature j, value v,
 * at a cost per sample of O(n) instead of O(n · d).
 *
 * <p>For such a sample ReLU(v · W_in[j]) = |v| · A[g] with A = [ReLU(W_in); ReLU(−W_in)] (2n × d)
 * and group g = j if v &gt; 0, else n + j. So with the table P = A · W_out (2n × n):
 * <pre>
 *   ŷ        = |v| · P[g]
 *   G[g]    += |v| · dŷ                 (2n × n, per-group sums)
 *   ∂L/∂W_out += Aᵀ · G
 *   Q        = G · W_outᵀ               (2n × d)
 *   ∂L/∂W_in[j] += [W_in[j] &gt; 0] ⊙ Q[j] − [W_in[j] &lt; 0] ⊙ Q[n + j]
 * </pre>
 * The 2n rows of A, P, G and Q ride as extra rows in {@link SparseLossGradient}'s three BLAS
 * products (A after its hidden rows, P, then G, after its output rows, Q after its hidden-gradient
 * rows), so they cost no BLAS calls of their own: worth it from 2n such samples on.
 */
final class SingleFeatureSamples {
    private final int nFeatures;
    private final int dMlp;
    private final float[] mixingT;

    private final float[] groupGrad;
    private final float[] lossLanes;
    private final float[] sigmaLanes;

    private double sigmaSum;

    /** @param mixingT Mᵀ, n × n row-major (row j is column j of M) */
    SingleFeatureSamples(int nFeatures, int dMlp, float[] mixingT) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        this.mixingT = mixingT;
        this.groupGrad = new float[2 * nFeatures * nFeatures];
        this.lossLanes = new float[nFeatures];
        this.sigmaLanes = new float[nFeatures];
    }

    /** Writes A = [ReLU(W_in); ReLU(−W_in)] into the 2n rows of d floats from row {@code from} of hidden. */
    void writeRelu(float[] wIn, float[] hidden, int from) {
        int nd = nFeatures * dMlp;
        int base = from * dMlp;
        for (int i = 0; i < nd; i++) {
            hidden[base + i] = Math.max(wIn[i], 0f);
            hidden[base + nd + i] = Math.max(-wIn[i], 0f);
        }
    }

    /**
     * Reads P from the 2n rows of n floats from row {@code from} of output, adds up the given
     * single-feature samples' residuals and overwrites those rows with G.
     *
     * @param scale dŷ = scale · R
     * @return Σ R² over the samples; Σ R · (x · Mᵀ) is then in {@link #sigmaSum()}
     */
    double accumulate(SparseBatch x, int[] samples, int count, float[] output, int from, float sAbs, float scale) {
        int n = nFeatures;
        int table = from * n;
        Arrays.fill(groupGrad, 0f);
        Arrays.fill(lossLanes, 0f);
        Arrays.fill(sigmaLanes, 0f);
        for (int r = 0; r < count; r++) {
            int k = x.rowStart(samples[r]);
            int j = x.feature(k);
            float v = x.value(k);
            int group = (v > 0f ? j : n + j) * n;
            float weight = Math.abs(v);
            float mixed = sAbs * v;
            float gradWeight = weight * scale;
            for (int o = 0; o < n; o++) {
                float xm = v * mixingT[j * n + o];
                float residual = weight * output[table + group + o] - sAbs * xm;
                lossLanes[o] += residual * residual;
                sigmaLanes[o] += residual * xm;
                groupGrad[group + o] += gradWeight * residual;
            }
            float before = weight * output[table + group + j] - mixed * mixingT[j * n + j];
            float after = before - Math.max(v, 0f);
            lossLanes[j] += after * after - before * before;
            sigmaLanes[j] += (after - before) * v * mixingT[j * n + j];
            groupGrad[group + j] += gradWeight * (after - before);
        }
        sigmaSum = sum(sigmaLanes);
        System.arraycopy(groupGrad, 0, output, table, groupGrad.length);
        return sum(lossLanes);
    }

    /**
     * ∂L/∂W_in += the single-feature samples' part, from Q in the 2n rows of d floats from row
     * {@code from} of hiddenGrad and A in the same rows of hidden.
     */
    void backward(float[] hiddenGrad, float[] hidden, int from, float[] gradWIn) {
        int nd = nFeatures * dMlp;
        int base = from * dMlp;
        for (int i = 0; i < nd; i++) {
            gradWIn[i] += keepWherePositive(hiddenGrad[base + i], hidden[base + i])
                    - keepWherePositive(hiddenGrad[base + nd + i], hidden[base + nd + i]);
        }
    }

    /** Σ R · (x · Mᵀ) over the samples of the last {@link #accumulate} call. */
    double sigmaSum() {
        return sigmaSum;
    }
}
