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
    final int[] nonEmpty;
    final float[] singleWeights;
    final LabelMoments labels;

    int rows;
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
        this.nonEmpty = new int[batch];
        this.singleWeights = new float[2 * nFeatures];
        this.labels = new LabelMoments(nFeatures, mixing);
    }

    /**
     * Adds every non-empty sample to the label moments and either lists it in {@code nonEmpty} (the
     * first {@code rows} entries) or, when at least 2n samples have one active feature, adds those
     * to their group's weight.
     */
    void analyse(SparseBatch x) {
        if (shared && x == analysed && x.generation() == analysedGeneration) {
            return;
        }
        int batch = x.batch();
        int singleCount = 0;
        for (int i = 0; i < batch; i++) {
            singleCount += x.rowStart(i + 1) - x.rowStart(i) == 1 ? 1 : 0;
        }
        groupedSingles = singleCount >= 2 * nFeatures;
        labels.clear();
        Arrays.fill(singleWeights, 0f);
        int m = 0;
        for (int i = 0; i < batch; i++) {
            int active = x.rowStart(i + 1) - x.rowStart(i);
            if (active == 0) {
                continue;
            }
            labels.add(x, i);
            if (active == 1 && groupedSingles) {
                int k = x.rowStart(i);
                float v = x.value(k);
                singleWeights[v > 0f ? x.feature(k) : nFeatures + x.feature(k)] += v * v;
            } else {
                nonEmpty[m++] = i;
            }
        }
        rows = m;
        analysed = x;
        analysedGeneration = x.generation();
    }
}
