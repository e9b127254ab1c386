// The CUDA built-ins the kernels use, on the host: a block's threads are std::threads that meet at a
// std::barrier, __shared__ variables are statics (blocks run one after another), and the float
// intrinsics are the C library's correctly rounded ones. KernelEmulationTest compiles the kernels'
// own sources with this prelude (g++ -std=c++20 -ffp-contract=off), so a wrong index, a missing
// barrier that the threads' interleaving exposes, or any departure from the Java reference shows up
// without a GPU.
#pragma once
#include <barrier>
#include <cmath>
#include <cstddef>
#include <thread>
#include <vector>

struct dim3 {
    unsigned x, y, z;
};
inline thread_local dim3 threadIdx;
inline thread_local dim3 blockIdx;
inline std::barrier<>* emulatedBarrier;

inline void __syncthreads() {
    emulatedBarrier->arrive_and_wait();
}

#define __CUDACC__ 1
#define __global__
#define __device__
#define __shared__ static
#define __forceinline__ inline

inline float __fmaf_rn(float a, float b, float c) {
    return std::fmaf(a, b, c);
}

inline float __fsqrt_rn(float x) {
    return std::sqrt(x);
}

// train_step's dynamic shared memory (its `extern __shared__` declaration is replaced by this buffer).
alignas(16) inline float emulatedDynamicShared[102048 / sizeof(float)];

// Runs kernel() as `grid` blocks of `threads` threads, one block at a time.
template <class Kernel>
void launch(int grid, int threads, Kernel kernel) {
    for (int b = 0; b < grid; b++) {
        std::barrier<> barrier(threads);
        emulatedBarrier = &barrier;
        std::vector<std::thread> block;
        for (int t = 0; t < threads; t++) {
            block.emplace_back([=] {
                blockIdx = {(unsigned) b, 0, 0};
                threadIdx = {(unsigned) t, 0, 0};
                kernel();
            });
        }
        for (std::thread& thread : block) {
            thread.join();
        }
    }
}
