package org.ccsweep.model.task.cc.gpu;

import org.ccsweep.model.task.cc.data.InputMode;

/**
 * The sizes of one stream's batch and layout buffers on the device (model/src/main/cuda/layout_sizes.cuh
 * computes the same from batch and entries).
 *
 * <p>A Bernoulli batch has Binomial(B · n, p) active entries; the buffers hold
 * min(B · n, ⌈B·n·p + 10 · √(B·n·p·(1 − p))⌉ + 64), ten standard deviations above the mean (a tail far
 * below 1e-20 per batch at the paper's settings). A batch beyond it fails the group
 * ({@link CudaGroupTrainer} reports it) instead of being cut. Exactly-one batches have B entries.
 *
 * @param batch   B, samples per batch
 * @param entries the active entries one batch can hold
 */
record LayoutCapacity(int batch, int entries) {
    static LayoutCapacity of(GpuGroup group) {
        int b = group.batch();
        if (group.inputMode() == InputMode.EXACTLY_ONE) {
            return new LayoutCapacity(b, b);
        }
        double trials = (double) b * group.nFeatures();
        double p = group.pTrain();
        double bound = Math.ceil(trials * p + 10.0 * Math.sqrt(trials * p * (1.0 - p))) + 64.0;
        return new LayoutCapacity(b, (int) Math.min(trials, bound));
    }

    /** Rows: the samples with k ≥ 2 and at most 2n groups of the k = 1 samples. */
    int rows() {
        return batch + 2 * GpuGroup.N_FEATURES;
    }

    /** The rows' entries: the batch's and one per group. */
    int rowEntries() {
        return entries + 2 * GpuGroup.N_FEATURES;
    }

    int tiles() {
        return (rows() + KernelShape.TILE_ROWS - 1) / KernelShape.TILE_ROWS;
    }

    /** sample_batches' integer scratch per stream (its regions are listed in layout_sizes.cuh). */
    int scratchInts() {
        return 6 * batch + 2 + 4 * GpuGroup.N_FEATURES + 1 + rows() + tiles() * GpuGroup.N_FEATURES;
    }

    /** sample_batches' float scratch per stream. */
    int scratchFloats() {
        return batch + 2 * GpuGroup.N_FEATURES;
    }
}
