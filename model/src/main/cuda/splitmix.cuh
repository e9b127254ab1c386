// SplitMix64 on the device, number for number the stream of org.ccsweep.model.run.Rng.
//
// A stream is its 64-bit state s; the i-th draw from s (i = 0, 1, ...) is mix64(s + (i + 1)·γ), and
// consuming c draws leaves the state s + c·γ. So a pass of c draws can run one thread per draw, and
// only draws whose count depends on earlier ones (Lemire's rejections, BatchSampler's redraws) need a
// thread that walks the stream in order.
#pragma once
#include "cc_device.cuh"

#define GOLDEN_GAMMA 0x9E3779B97F4A7C15ULL

__device__ __forceinline__ u64 mix64(u64 z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The i-th draw (0-based) from state s, without consuming it.
__device__ __forceinline__ u64 draw_at(u64 s, u64 i) {
    return mix64(s + (i + 1ULL) * GOLDEN_GAMMA);
}

// Rng.nextLong: advances *s by one draw.
__device__ __forceinline__ u64 next_long(u64* s) {
    *s += GOLDEN_GAMMA;
    return mix64(*s);
}

// Rng.nextDouble from a draw: its top 53 bits · 2^-53, uniform in [0, 1).
__device__ __forceinline__ double unit_double(u64 x) {
    return (double)(x >> 11) * 0x1.0p-53;
}

// (float) Rng.uniform(-1, 1) from a draw: -1 + 2·u in double, rounded to float once.
__device__ __forceinline__ float unit_value(u64 x) {
    return (float)(-1.0 + 2.0 * unit_double(x));
}

// The threshold below which Lemire's multiply-and-reject draws again: (2^32 - bound) mod bound.
__device__ __forceinline__ unsigned int lemire_threshold(unsigned int bound) {
    return (unsigned int)((0x100000000ULL - bound) % bound);
}

// Rng.nextInt(bound) from one draw, when it needs no other: true and *out set, or false when the
// draw is rejected (its low 32 bits of r·bound fall below the threshold) and the stream decides.
__device__ __forceinline__ bool lemire_one(u64 x, unsigned int bound, unsigned int threshold, int* out) {
    u64 m = (x >> 32) * (u64)bound;
    *out = (int)(m >> 32);
    return (unsigned int)m >= threshold;
}

// Rng.nextInt(bound), walking the stream: draws again while rejected.
__device__ __forceinline__ int next_int(u64* s, unsigned int bound) {
    unsigned int threshold = lemire_threshold(bound);
    int out;
    while (!lemire_one(next_long(s), bound, threshold, &out)) {
    }
    return out;
}

// The first k with u < cdf[k] (Rng.nextInverseCdf); cdf ends in 1.
__device__ __forceinline__ int inverse_cdf(const double* cdf, double u) {
    int k = 0;
    while (u >= cdf[k]) {
        k++;
    }
    return k;
}
