package org.ccsweep.model.task.cc.data;

/**
 * A batch of sparse inputs x ∈ R^{batch × n} in compressed-row form, allocated once for the worst
 * case (every feature active) and refilled in place by {@link BatchSampler}.
 *
 * <p>Sample i has the active features {@code feature[k]} with values {@code value[k]} for
 * k ∈ [{@code rowStart[i]}, {@code rowStart[i + 1]}), features ascending. Samples with no active
 * feature have an empty range and still count in the batch.
 */
public final class SparseBatch {
    private final int batch;
    private final int nFeatures;
    final int[] rowStart;
    final int[] feature;
    final float[] value;
    long generation;

    public SparseBatch(int batch, int nFeatures) {
        this.batch = batch;
        this.nFeatures = nFeatures;
        this.rowStart = new int[batch + 1];
        this.feature = new int[batch * nFeatures];
        this.value = new float[batch * nFeatures];
    }

    public int batch() {
        return batch;
    }

    public int nFeatures() {
        return nFeatures;
    }

    /** Start of sample i's entries; {@code rowStart(batch)} is the number of active entries. */
    public int rowStart(int i) {
        return rowStart[i];
    }

    public int feature(int k) {
        return feature[k];
    }

    public float value(int k) {
        return value[k];
    }

    /**
     * How many times the sampler has refilled this batch: a step shared by several models (trained in
     * lock-step on the same batches) analyses each batch once, and knows it by this number.
     */
    public long generation() {
        return generation;
    }

    /** The number of active entries in the whole batch. */
    public int nonZeros() {
        return rowStart[batch];
    }

    /** Sample i as a dense n-vector (for tests and references; allocates). */
    public float[] dense(int i) {
        float[] x = new float[nFeatures];
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            x[feature[k]] = value[k];
        }
        return x;
    }
}
