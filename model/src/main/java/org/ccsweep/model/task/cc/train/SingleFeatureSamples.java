package org.ccsweep.model.task.cc.train;

import java.nio.ByteBuffer;

/**
 * The samples with exactly one active feature j, value v, at O(1) each instead of O(d) rows of
 * work: everything {@link SparseLossGradient}'s Gram form needs from them is the per-group sum
 * w_g = Σ v², group g = j if v &gt; 0, else n + j.
 *
 * <p>Such a sample has h = ReLU(v · W_in[j]) = |v| · A[g] with A = [ReLU(W_in); ReLU(−W_in)] (2n × d),
 * and y · W_outᵀ = v · Yo[g] (the step's label table). Summing over a group, with σ_g = +1 for
 * g &lt; n and −1 otherwise (σ_g · w_g = Σ v · |v|):
 * <pre>
 *   S            += w_g · A[g]ᵀ · A[g]                     (weighted row w_g · A[g] against A[g])
 *   P or N [j]   += σ_g · w_g · A[g]                       (Σ v · h)
 *   Q[g]          = c · w_g · [A[g] &gt; 0] ⊙ (A[g] · G − σ_g · Yo[g])   (Σ |v| · dZ)
 *   ∂L/∂W_in[j]  += Q[j] − Q[n + j]                        (Σ v · dZ)
 * </pre>
 * so the 2n group rows w_g · A[g], with label rows σ_g · w_g · Yo[g], ride after the sample rows in
 * the step's S and H · G products, and its fused dZ pass turns them into Q. Worth it from 2n such
 * samples on. The label terms of these samples go through {@link LabelMoments} like any other.
 */
final class SingleFeatureSamples {
    private final int nFeatures;
    private final int dMlp;

    SingleFeatureSamples(int nFeatures, int dMlp) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
    }

    /**
     * Writes the 2n group rows from row {@code from} on, from the groups' weights w_g ({@link BatchLayout}): w_g · A[g] into {@code hidden}, σ_g · w_g · Yo[g]
     * into {@code labels} and A[g] into {@code groupA} (from row 0), d floats each, and adds
     * σ_g · w_g · A[g] to {@code pn[g]}.
     */
    void writeRows(float[] weights, float[][] wInRows, float[][] labelTable, ByteBuffer hidden, float[] labels, int from,
            ByteBuffer groupA, float[][] pn) {
        int n = nFeatures;
        int d = dMlp;
        for (int g = 0; g < 2 * n; g++) {
            FloatKernels.groupRow(g < n ? 1f : -1f, weights[g], wInRows[g < n ? g : g - n], labelTable[g], pn[g], hidden,
                    labels, groupA, (from + g) * d, g * d);
        }
    }

    /** ∂L/∂W_in[j] += Q[j] − Q[n + j], from Q in the 2n rows of {@code dz} from row {@code from} on. */
    void backward(float[] dz, int from, float[][] gradWInRows) {
        int n = nFeatures;
        int d = dMlp;
        for (int j = 0; j < n; j++) {
            FloatKernels.addDifference(dz, (from + j) * d, (from + n + j) * d, gradWInRows[j]);
        }
    }
}
