// Shared by the CC trainer's kernels: the compiler shim, the problem's fixed sizes and the launch shape.
//
// build-ptx compiles with clang in CUDA mode without the CUDA SDK's headers (-nocudainc), so the
// qualifiers and builtin variables come from clang's own header here; with nvcc they come from the SDK.
// Every float and double add and multiply must round on its own (PTX add.rn / mul.rn): build-ptx passes
// -ffp-contract=off, and fused multiply-adds are written out as fma_f, so that the kernels compute the
// same bits as the Java reference (org.ccsweep.model.task.cc.gpu.ReferenceStep), which rounds the same way.
#pragma once

#if defined(__clang__) && !defined(__CUDACC__)
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __shared__ __attribute__((shared))
#define __forceinline__ __inline__ __attribute__((always_inline))
#include <__clang_cuda_builtin_vars.h>
typedef __SIZE_TYPE__ size_t;
#define fma_f(a, b, c) __builtin_fmaf((a), (b), (c))
#define sqrt_f(x) __builtin_sqrtf(x)
#define abs_f(x) __builtin_fabsf(x)
#else
#define fma_f(a, b, c) __fmaf_rn((a), (b), (c))
#define sqrt_f(x) __fsqrt_rn(x)
#define abs_f(x) fabsf(x)
#endif

typedef unsigned long long u64;

// The paper's model: n = 100 features, d = 50 ReLU neurons (GpuGroup checks a group against these).
#define N_FEATURES 100
#define D_MLP 50
#define ND (N_FEATURES * D_MLP)

// Every kernel runs blocks of THREADS threads; block sums reduce THREADS partials in a fixed tree.
#define THREADS 256

// Rows of the batch layout that train_step takes into shared memory at once.
#define TILE_ROWS 50

// S = Σ w·h·hᵀ is summed in S_CHAINS interleaved partial sums (row r into chain r % S_CHAINS).
#define S_CHAINS 4

// The k ≤ SMALL_SET samples keep their features sorted by insertion (BatchSampler.SMALL_SET).
#define SMALL_SET 8

// ReLU as the Java reference writes it (z > 0 ? z : 0): +0 for every z ≤ 0, NaN to 0.
__device__ __forceinline__ float relu(float z) {
    return z > 0.0f ? z : 0.0f;
}

// Sum of one double per thread over the block, in a fixed tree (strides 128, 64, ..., 1):
// the same bits for the same inputs, whatever the timing (the Java reference's BlockSum mirrors it).
// Every thread of the block must call it; every thread gets the sum.
__device__ __forceinline__ double block_sum(double mine, double* scratch) {
    scratch[threadIdx.x] = mine;
    __syncthreads();
    for (int stride = THREADS / 2; stride > 0; stride /= 2) {
        if ((int)threadIdx.x < stride) {
            scratch[threadIdx.x] = scratch[threadIdx.x] + scratch[threadIdx.x + stride];
        }
        __syncthreads();
    }
    double total = scratch[0];
    __syncthreads();
    return total;
}
