package org.ccsweep.model.train;

import java.util.Arrays;
import org.ccsweep.model.data.SparseBatch;

/**
 * What {@link SparseLossGradient} needs of a batch before any weight enters: which samples are
 * non-empty and listed as rows, whether the single-feature samples are grouped (from 2n of them on)
 * and each group's weight Σ v² ({@link SingleFeatureSamples}), and the label moments
 * ({@link LabelMoments}, which depend on M but not on σ). Models trained in lock-step on the same
 * batches and the same M share one layout, which analyses each batch once ({@link #shared}); a
 * model's own layout analyses every batch it is given.
 */
final class BatchLayout {
    private final int nFeatures;
    private final boolean shared;
    private final int[] singleSamples;
    private final int[] pairSamples;
    private final int[] manySamples;
    final float[] singleWeights;
    final LabelMoments labels;

    /**
     * The samples whose rows the step computes, the first {@link #rows} entries: the
     * {@link #singleRows} with k = 1 (when not grouped), then the {@link #pairRows} with k = 2, then
     * those with k ≥ 3, each class in sample order, so that the step runs each class with its own loop.
     */
    final int[] rowSamples;
    int rows;
    int singleRows;
    int pairRows;
    boolean groupedSingles;
    private SparseBatch analysed;
    private long analysedGeneration;

    /**
     * @param mixing the unscaled M, n × n row-major
     * @param shared whether several steps use this layout on the same sampler's batches, so that a
     *               batch already analysed (same object, same {@link SparseBatch#generation}) is kept
     */
    BatchLayout(int nFeatures, int batch, float[] mixing, boolean shared) {
        this.nFeatures = nFeatures;
        this.shared = shared;
        this.rowSamples = new int[batch];
        this.singleSamples = new int[batch];
        this.pairSamples = new int[batch];
        this.manySamples = new int[batch];
        this.singleWeights = new float[2 * nFeatures];
        this.labels = new LabelMoments(nFeatures, mixing);
    }

    /**
     * Lists the samples by their number of active features k without branches (a sparse batch's k
     * is 0, 1 or 2 at random, which branches would mispredict): k = 1, k = 2 and k ≥ 3, each in
     * sample order. The rows are all of them, or, when at least 2n samples have k = 1, those with
     * k ≥ 2, the k = 1 samples then adding v² to their group's weight. The label moments add each
     * list with the loop made for its k.
     */
    void analyse(SparseBatch x) {
        if (shared && x == analysed && x.generation() == analysedGeneration) {
            return;
        }
        int batch = x.batch();
        int singles = 0;
        int pairs = 0;
        int many = 0;
        for (int i = 0; i < batch; i++) {
            int active = x.rowStart(i + 1) - x.rowStart(i);
            singleSamples[singles] = i;
            singles += active == 1 ? 1 : 0;
            pairSamples[pairs] = i;
            pairs += active == 2 ? 1 : 0;
            manySamples[many] = i;
            many += active > 2 ? 1 : 0;
        }
        groupedSingles = singles >= 2 * nFeatures;
        singleRows = groupedSingles ? 0 : singles;
        pairRows = pairs;
        rows = singleRows + pairs + many;
        System.arraycopy(singleSamples, 0, rowSamples, 0, singleRows);
        System.arraycopy(pairSamples, 0, rowSamples, singleRows, pairs);
        System.arraycopy(manySamples, 0, rowSamples, singleRows + pairs, many);
        labels.clear();
        Arrays.fill(singleWeights, 0f);
        for (int r = 0; r < singles; r++) {
            int k = x.rowStart(singleSamples[r]);
            int j = x.feature(k);
            float v = x.value(k);
            labels.addSingle(j, v);
            if (groupedSingles) {
                singleWeights[v > 0f ? j : nFeatures + j] += v * v;
            }
        }
        for (int r = 0; r < pairs; r++) {
            int k = x.rowStart(pairSamples[r]);
            labels.addPair(x.feature(k), x.value(k), x.feature(k + 1), x.value(k + 1));
        }
        for (int r = 0; r < many; r++) {
            labels.add(x, manySamples[r]);
        }
        analysed = x;
        analysedGeneration = x.generation();
    }
}
