// Deterministic block-wide helpers over global arrays for sample_batches (one block per stream).
#pragma once
#include "cc_device.cuh"

// out[i] = in[0] + ... + in[i - 1] for i = 0..length, so out[length] is the total, which every thread
// gets back. Each thread sums a contiguous chunk, thread 0 scans the THREADS chunk sums. in and out
// must not overlap. Every thread of the block must call it; shared holds THREADS + 1 ints.
__device__ int block_scan(const int* in, int* out, int length, int* shared) {
    int chunk = (length + THREADS - 1) / THREADS;
    int from = threadIdx.x * chunk;
    int to = from + chunk < length ? from + chunk : length;
    int sum = 0;
    for (int i = from; i < to; i++) {
        sum += in[i];
    }
    shared[threadIdx.x] = sum;
    __syncthreads();
    if (threadIdx.x == 0) {
        int run = 0;
        for (int t = 0; t < THREADS; t++) {
            int chunkSum = shared[t];
            shared[t] = run;
            run += chunkSum;
        }
        shared[THREADS] = run;
        out[length] = run;
    }
    __syncthreads();
    int run = shared[threadIdx.x];
    for (int i = from; i < to; i++) {
        int x = in[i];
        out[i] = run;
        run += x;
    }
    int total = shared[THREADS];
    __syncthreads();
    return total;
}

// The least of one int per thread over the block; every thread gets it.
__device__ int block_min(int mine, int* shared) {
    shared[threadIdx.x] = mine;
    __syncthreads();
    for (int stride = THREADS / 2; stride > 0; stride /= 2) {
        if ((int)threadIdx.x < stride && shared[threadIdx.x + stride] < shared[threadIdx.x]) {
            shared[threadIdx.x] = shared[threadIdx.x + stride];
        }
        __syncthreads();
    }
    int least = shared[0];
    __syncthreads();
    return least;
}
