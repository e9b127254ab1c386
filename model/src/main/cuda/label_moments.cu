// The label side of the loss for each (stream, M) pair of the group, per step (Trainer's LabelMoments,
// here over the layout's rows): with y = ReLU(x) + |s| · M · x,
//   a = Σ ‖ReLU(x)‖²,   b = Σ ReLU(x)ᵀ · M · x,   q = Σ xᵀ · MᵀM · x          (double)
// so that Σ ‖y‖² = a + 2|s| b + s² q and Σ y · Mx = b + |s| q for every σ. A row with k >= 2 entries
// adds its k² pair terms (e outer, f inner); a group row (j, ±1, weight w = Σ v²) adds w, w · M[j][j]
// (positive groups only) and w · MᵀM[j][j]. Thread t sums rows t, t + THREADS, ...; block_sum adds the
// threads' sums. ReferenceStep.labelMoments is the same in Java.
#include "cc_device.cuh"
#include "layout_sizes.cuh"

// Grid: one block of THREADS per pair. mixingGram: MᵀM of each distinct M in double, n × n row-major.
extern "C" __global__ void label_moments(int batch, int capacity, const int* pairStream, const int* pairMixing,
                                         const float* mixing, const double* mixingGram, const int* rowInfo,
                                         const int* rowStart, const int* rowFeature, const float* rowValue,
                                         const float* rowWeight, double* moments) {
    __shared__ double scratch[THREADS];
    const int pair = blockIdx.x;
    const int stream = pairStream[pair];
    const float* m = mixing + (size_t)pairMixing[pair] * N_FEATURES * N_FEATURES;
    const double* gram = mixingGram + (size_t)pairMixing[pair] * N_FEATURES * N_FEATURES;
    const int rows = rowInfo[2 * stream];
    const int multi = rowInfo[2 * stream + 1];
    const int* start = rowStart + (size_t)stream * (row_capacity(batch) + 1);
    const int* feature = rowFeature + (size_t)stream * entry_capacity(capacity);
    const float* value = rowValue + (size_t)stream * entry_capacity(capacity);
    const float* weight = rowWeight + (size_t)stream * row_capacity(batch);

    double a = 0.0;
    double b = 0.0;
    double q = 0.0;
    for (int r = threadIdx.x; r < rows; r += THREADS) {
        double rowA = 0.0;
        double rowB = 0.0;
        double rowQ = 0.0;
        if (r < multi) {
            for (int e = start[r]; e < start[r + 1]; e++) {
                int je = feature[e];
                double ve = value[e];
                double pe = ve > 0.0 ? ve : 0.0;
                rowA += pe * pe;
                for (int f = start[r]; f < start[r + 1]; f++) {
                    int jf = feature[f];
                    double vf = value[f];
                    rowB += pe * vf * m[je * N_FEATURES + jf];
                    rowQ += ve * vf * gram[je * N_FEATURES + jf];
                }
            }
        } else {
            int j = feature[start[r]];
            bool positive = value[start[r]] > 0.0f;
            double w = weight[r];
            rowA = positive ? w : 0.0;
            rowB = positive ? w * m[j * N_FEATURES + j] : 0.0;
            rowQ = w * gram[j * N_FEATURES + j];
        }
        a += rowA;
        b += rowB;
        q += rowQ;
    }
    a = block_sum(a, scratch);
    b = block_sum(b, scratch);
    q = block_sum(q, scratch);
    if (threadIdx.x == 0) {
        moments[3 * pair] = a;
        moments[3 * pair + 1] = b;
        moments[3 * pair + 2] = q;
    }
}
