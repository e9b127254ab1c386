// Capacities of one stream's batch and layout buffers, shared by the kernels; the host allocates the
// same (org.ccsweep.model.task.cc.gpu.LayoutCapacity computes these formulas).
#pragma once
#include "cc_device.cuh"

// Rows: the samples with k >= 2 plus at most 2n groups of the k = 1 samples.
__device__ __forceinline__ int row_capacity(int batch) {
    return batch + 2 * N_FEATURES;
}

// Entries of the rows: the batch's active entries (at most `capacity`) plus one per group.
__device__ __forceinline__ int entry_capacity(int capacity) {
    return capacity + 2 * N_FEATURES;
}

__device__ __forceinline__ int tile_capacity(int batch) {
    return (row_capacity(batch) + TILE_ROWS - 1) / TILE_ROWS;
}

// sample_batches' integer scratch, per stream, in this order:
//   0 count / order [batch], 1 flags [batch], 2 positions [batch + 1], 3 single flags [batch],
//   4 single positions [batch + 1], 5 single groups [batch], 6 group flags [2n], 7 group positions [2n + 1],
//   8 row lengths [row capacity], 9 tile counts [tile capacity · n]
__device__ __forceinline__ int scratch_ints(int batch) {
    return 6 * batch + 2 + 4 * N_FEATURES + 1 + row_capacity(batch) + tile_capacity(batch) * N_FEATURES;
}

// and its float scratch: single values [batch], group weights [2n].
__device__ __forceinline__ int scratch_floats(int batch) {
    return batch + 2 * N_FEATURES;
}
