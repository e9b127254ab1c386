package org.ccsweep.model.task.cc.train;

import java.util.Arrays;
import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * What {@link SparseLossGradient} needs of a batch before any weight enters: which samples are
 * non-empty and are rows, their active entries packed in row order (so that the step's passes read
 * them in sequence, not through the batch's sample index), whether the single-feature samples are
 * grouped (from 2n of them on) and each group's weight Σ v² ({@link SingleFeatureSamples}), and the
 * label moments ({@link LabelMoments}, which depend on M but not on σ). Models trained in lock-step
 * on the same batches and the same M share one layout, which analyses each batch once
 * ({@link #shared}); a model's own layout analyses every batch it is given.
 */
final class BatchLayout {
    private final int nFeatures;
    private final boolean shared;
    private final int[] singleSamples;
    private final int[] pairSamples;
    private final int[] tripleSamples;
    private final int[] manySamples;
    final float[] singleWeights;
    final LabelMoments labels;

    /**
     * The rows' active entries, row r's at [{@link #entryStart}[r], entryStart[r + 1]), for the first
     * {@link #rows} rows: the {@link #singleRows} samples with k = 1 (when not grouped), then the
     * {@link #pairRows} with k = 2, then the {@link #tripleRows} with k = 3, then those with k ≥ 4, each
     * class in sample order, so that the step runs each class with its own loop and a loop's length
     * repeats.
     */
    final int[] entryStart;
    final int[] entryFeature;
    final float[] entryValue;
    int rows;
    int singleRows;
    int pairRows;
    int tripleRows;
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
        this.singleSamples = new int[batch];
        this.pairSamples = new int[batch];
        this.tripleSamples = new int[batch];
        this.manySamples = new int[batch];
        this.entryStart = new int[batch + 1];
        this.entryFeature = new int[batch * nFeatures];
        this.entryValue = new float[batch * nFeatures];
        this.singleWeights = new float[2 * nFeatures];
        this.labels = new LabelMoments(nFeatures, mixing);
    }

    /**
     * Lists the samples by their number of active features k without branches (a sparse batch's k
     * is 0, 1 or 2 at random, which branches would mispredict): k = 1, 2, 3 and ≥ 4, each in sample
     * order. The rows are all of them, or, when at least 2n samples have k = 1, those with k ≥ 2, the
     * k = 1 samples then adding v² to their group's weight. One loop per class packs the rows' entries
     * and adds the label moments.
     */
    void analyse(SparseBatch x) {
        if (shared && x == analysed && x.generation() == analysedGeneration) {
            return;
        }
        int batch = x.batch();
        int singles = 0;
        int pairs = 0;
        int triples = 0;
        int many = 0;
        for (int i = 0; i < batch; i++) {
            int active = x.rowStart(i + 1) - x.rowStart(i);
            singleSamples[singles] = i;
            singles += active == 1 ? 1 : 0;
            pairSamples[pairs] = i;
            pairs += active == 2 ? 1 : 0;
            tripleSamples[triples] = i;
            triples += active == 3 ? 1 : 0;
            manySamples[many] = i;
            many += active > 3 ? 1 : 0;
        }
        groupedSingles = singles >= 2 * nFeatures;
        singleRows = groupedSingles ? 0 : singles;
        pairRows = pairs;
        tripleRows = triples;
        rows = singleRows + pairs + triples + many;
        labels.clear();
        Arrays.fill(singleWeights, 0f);
        int n = nFeatures;
        for (int r = 0; r < singles; r++) {
            int k = x.rowStart(singleSamples[r]);
            int j = x.feature(k);
            float v = x.value(k);
            labels.addSingle(j, v);
            if (groupedSingles) {
                singleWeights[v > 0f ? j : n + j] += v * v;
            } else {
                entryStart[r] = r;
                entryFeature[r] = j;
                entryValue[r] = v;
            }
        }
        int row = singleRows;
        int e = singleRows;
        for (int r = 0; r < pairs; r++, row++, e += 2) {
            int k = x.rowStart(pairSamples[r]);
            entryStart[row] = e;
            copy(x, k, e, 2);
            labels.addPair(entryFeature[e], entryValue[e], entryFeature[e + 1], entryValue[e + 1]);
        }
        for (int r = 0; r < triples; r++, row++, e += 3) {
            int k = x.rowStart(tripleSamples[r]);
            entryStart[row] = e;
            copy(x, k, e, 3);
            labels.addTriple(entryFeature[e], entryValue[e], entryFeature[e + 1], entryValue[e + 1],
                    entryFeature[e + 2], entryValue[e + 2]);
        }
        for (int r = 0; r < many; r++, row++) {
            int i = manySamples[r];
            int k = x.rowStart(i);
            int active = x.rowStart(i + 1) - k;
            entryStart[row] = e;
            copy(x, k, e, active);
            labels.add(entryFeature, entryValue, e, e + active);
            e += active;
        }
        entryStart[rows] = e;
        analysed = x;
        analysedGeneration = x.generation();
    }

    private void copy(SparseBatch x, int from, int to, int count) {
        for (int c = 0; c < count; c++) {
            entryFeature[to + c] = x.feature(from + c);
            entryValue[to + c] = x.value(from + c);
        }
    }
}
