// One training step of every model of the group: the loss of its stream's batch in Gram form, its
// gradients, and AdamW on W_in, W_out and (when learnt) s. One block of THREADS per model, all its
// work in shared memory, so a step is one launch for the whole group; ReferenceStep is the same in
// Java, operation for operation (every sum in the same order, every product rounded the same way).
//
// Shapes, row-major: W_in n × d, W_out d × n, M n × n; the layout's rows h = ReLU(Σ v · W_in[j]) over a
// row's entries (j, v), each row with a weight w (1 for a sample, Σ v² for a group of k = 1 samples).
// With c = 2 / (B · n), labels y = ReLU(x) + |s| · x · Mᵀ and
//   G = W_out · W_outᵀ (d × d),  K = Mᵀ · W_outᵀ (n × d),  Yp[j] = W_outᵀ[j] + |s| K[j],  Yn[j] = |s| K[j]
//   per row: yo = Σ v · (v > 0 ? Yp : Yn)[j],  hg = h · G,  dz = h > 0 ? c·w · (hg − yo) : 0
//   S = Σ_r w_r · h_rᵀ h_r (lower triangle, mirrored),  P / N[j] += v · w·h (v > 0 / v ≤ 0),  ∂W_in[j] += v · dz
//   U = P + N,  T'[o] = P[o] + |s| · (M · U)[o] (n × d, Tᵀ),  ∂W_out[a][o] = c · ((S · W_out)[a][o] − T'[o][a])
//   Σ R² = max(Σ S ⊙ G − 2 Σ W_out ⊙ Tᵀ + a + 2|s| b + s² q, 0)   (label moments a, b, q: label_moments.cu)
//   L = Σ R² / (B · n),  ∂L/∂s = −sign(s) · c · (Σ U ⊙ K − (b + |s| q))
// so no product is n wide per row: a row costs d(d + 1)/2 for S and d² for H · G, plus d per entry.
//
// Shared memory: W_in, Yp and K (n × d each), G (d × d), a tile of TILE_ROWS rows (w·h, h, yo then dz),
// THREADS doubles for block sums: TRAIN_STEP_SHARED_BYTES. Threads own fixed work: cells (j, a) of the
// n × d scatters tid + THREADS · q (in registers across tiles), a 5 × 5 block of S's lower triangle and
// one of S_CHAINS chains (rows r ≡ chain mod S_CHAINS), two rows × 5 columns of a tile's H · G.
#include "cc_device.cuh"
#include "layout_sizes.cuh"

#define CELLS ((ND + THREADS - 1) / THREADS)
#define S_BLOCK 5
#define S_SIDE_BLOCKS (D_MLP / S_BLOCK)
#define S_BLOCKS (S_SIDE_BLOCKS * (S_SIDE_BLOCKS + 1) / 2)
#define S_THREADS (S_BLOCKS * S_CHAINS)
#define HG_COLS 5
#define HG_GROUPS (D_MLP / HG_COLS)
#define HG_THREADS ((TILE_ROWS / 2) * HG_GROUPS)
#define TILE_FLOATS (3 * TILE_ROWS * D_MLP)
#define FLOAT_MAX 3.4028234663852886e38

// AdamW as org.ccsweep.model.train.AdamW (PyTorch's): the step's scalars come from the host.
struct AdamScalars {
    float decay;
    float stepSize;
    float sqrtBias2;
    float beta1;
    float oneMinusBeta1;
    float beta2;
    float oneMinusBeta2;
    float eps;
};

__device__ __forceinline__ void adamw(float* theta, float* m, float* v, float g, const AdamScalars& k) {
    float mi = k.beta1 * *m + k.oneMinusBeta1 * g;
    float vi = k.beta2 * *v + k.oneMinusBeta2 * g * g;
    *m = mi;
    *v = vi;
    float denom = sqrt_f(vi) / k.sqrtBias2 + k.eps;
    *theta = *theta * k.decay - k.stepSize * (mi / denom);
}

// Math.signum(float)
__device__ __forceinline__ float signum(float s) {
    return s > 0.0f ? 1.0f : (s < 0.0f ? -1.0f : s);
}

// Grid: one block of THREADS per model, TRAIN_STEP_SHARED_BYTES of dynamic shared memory. Models whose
// divergedStep is set are skipped. curveWindow: the curve point this step ends (its mean written,
// windowSteps losses), or -1.
extern "C" __global__ void train_step(
        int step, int batch, int capacity, float c, double scale, AdamScalars adam,
        const int* modelStream, const int* modelMixing, const int* modelPair, const int* learnSigma,
        float* wIn, float* wOut, float* momentsIn, float* momentsOut, float* sigma, float* sigmaMoments,
        const float* mixing, const double* labelMoments, const int* rowInfo, const int* rowStart,
        const int* rowFeature, const float* rowValue, const float* rowWeight, const int* tileColStart,
        const int* colRow, const float* colValue, double* curveSum, double* curve, int curvePoints,
        int curveWindow, int windowSteps, int* divergedStep, double* divergedLoss) {
    extern __shared__ float shared[];
    float* sWIn = shared;
    float* sYp = sWIn + ND;
    float* sK = sYp + ND;
    float* sGram = sK + ND;
    float* sTile = sGram + D_MLP * D_MLP;
    double* sReduce = (double*)(sTile + TILE_FLOATS);
    float* sWoT = sTile;
    float* sWh = sTile;
    float* sH = sTile + TILE_ROWS * D_MLP;
    float* sDz = sTile + 2 * TILE_ROWS * D_MLP;

    const int model = blockIdx.x;
    const int tid = threadIdx.x;
    if (divergedStep[model] != 0) {
        return;
    }
    const int stream = modelStream[model];
    const float* m = mixing + (size_t)modelMixing[model] * N_FEATURES * N_FEATURES;
    float* wi = wIn + (size_t)model * ND;
    float* wo = wOut + (size_t)model * ND;
    const float s = sigma[model];
    const float sAbs = abs_f(s);

    // W_in, and W_outᵀ into the tile; then G, K and Yp.
    for (int i = tid; i < ND; i += THREADS) {
        sWIn[i] = wi[i];
        sWoT[(i % N_FEATURES) * D_MLP + i / N_FEATURES] = wo[i];
    }
    __syncthreads();
    for (int i = tid; i < D_MLP * D_MLP; i += THREADS) {
        int a = i / D_MLP;
        int b = i % D_MLP;
        float g = 0.0f;
        for (int o = 0; o < N_FEATURES; o++) {
            g = fma_f(sWoT[o * D_MLP + a], sWoT[o * D_MLP + b], g);
        }
        sGram[i] = g;
    }
    for (int i = tid; i < ND; i += THREADS) {
        int j = i / D_MLP;
        int a = i % D_MLP;
        float k = 0.0f;
        for (int o = 0; o < N_FEATURES; o++) {
            k = fma_f(m[o * N_FEATURES + j], sWoT[o * D_MLP + a], k);
        }
        sK[i] = k;
        sYp[i] = sWoT[i] + sAbs * k;
    }
    __syncthreads();

    const int rows = rowInfo[2 * stream];
    const int rowCap = row_capacity(batch);
    const int entryCap = entry_capacity(capacity);
    const int* start = rowStart + (size_t)stream * (rowCap + 1);
    const int* feature = rowFeature + (size_t)stream * entryCap;
    const float* value = rowValue + (size_t)stream * entryCap;
    const float* weight = rowWeight + (size_t)stream * rowCap;
    const int* tileCol = tileColStart + (size_t)stream * tile_capacity(batch) * (N_FEATURES + 1);
    const int* cRow = colRow + (size_t)stream * entryCap;
    const float* cValue = colValue + (size_t)stream * entryCap;

    float accP[CELLS];
    float accN[CELLS];
    float accW[CELLS];
#pragma unroll
    for (int q = 0; q < CELLS; q++) {
        accP[q] = 0.0f;
        accN[q] = 0.0f;
        accW[q] = 0.0f;
    }
    float accS[S_BLOCK][S_BLOCK];
#pragma unroll
    for (int p = 0; p < S_BLOCK; p++) {
#pragma unroll
        for (int q = 0; q < S_BLOCK; q++) {
            accS[p][q] = 0.0f;
        }
    }
    const int sChain = tid / S_BLOCKS;
    const int sBlock = tid % S_BLOCKS;
    int bi = 0;
    while ((bi + 1) * (bi + 2) / 2 <= sBlock) {
        bi++;
    }
    const int bj = sBlock - bi * (bi + 1) / 2;
    const int hgPair = tid / HG_GROUPS;
    const int hgCol = (tid % HG_GROUPS) * HG_COLS;

    for (int r0 = 0; r0 < rows; r0 += TILE_ROWS) {
        const int tileRows = rows - r0 < TILE_ROWS ? rows - r0 : TILE_ROWS;
        for (int i = tid; i < tileRows * D_MLP; i += THREADS) {
            int r = r0 + i / D_MLP;
            int a = i % D_MLP;
            float z = 0.0f;
            float yo = 0.0f;
            for (int e = start[r]; e < start[r + 1]; e++) {
                int j = feature[e];
                float v = value[e];
                z = fma_f(v, sWIn[j * D_MLP + a], z);
                float label = v > 0.0f ? sYp[j * D_MLP + a] : sAbs * sK[j * D_MLP + a];
                yo = fma_f(v, label, yo);
            }
            float h = relu(z);
            sH[i] = h;
            sWh[i] = weight[r] * h;
            sDz[i] = yo;
        }
        __syncthreads();
        if (tid < S_THREADS) {
            for (int rho = (sChain - r0 % S_CHAINS + S_CHAINS) % S_CHAINS; rho < tileRows; rho += S_CHAINS) {
                float wh[S_BLOCK];
                float h[S_BLOCK];
#pragma unroll
                for (int q = 0; q < S_BLOCK; q++) {
                    wh[q] = sWh[rho * D_MLP + bi * S_BLOCK + q];
                    h[q] = sH[rho * D_MLP + bj * S_BLOCK + q];
                }
#pragma unroll
                for (int p = 0; p < S_BLOCK; p++) {
#pragma unroll
                    for (int q = 0; q < S_BLOCK; q++) {
                        accS[p][q] = fma_f(wh[p], h[q], accS[p][q]);
                    }
                }
            }
        }
        if (tid < HG_THREADS && 2 * hgPair < tileRows) {
            const int rhoA = 2 * hgPair;
            const bool hasB = rhoA + 1 < tileRows;
            float hgA[HG_COLS];
            float hgB[HG_COLS];
#pragma unroll
            for (int q = 0; q < HG_COLS; q++) {
                hgA[q] = 0.0f;
                hgB[q] = 0.0f;
            }
            for (int a = 0; a < D_MLP; a++) {
                float hA = sH[rhoA * D_MLP + a];
                float hB = hasB ? sH[(rhoA + 1) * D_MLP + a] : 0.0f;
#pragma unroll
                for (int q = 0; q < HG_COLS; q++) {
                    float g = sGram[a * D_MLP + hgCol + q];
                    hgA[q] = fma_f(hA, g, hgA[q]);
                    hgB[q] = fma_f(hB, g, hgB[q]);
                }
            }
            float cwA = c * weight[r0 + rhoA];
#pragma unroll
            for (int q = 0; q < HG_COLS; q++) {
                int i = rhoA * D_MLP + hgCol + q;
                sDz[i] = sH[i] > 0.0f ? cwA * (hgA[q] - sDz[i]) : 0.0f;
            }
            if (hasB) {
                float cwB = c * weight[r0 + rhoA + 1];
#pragma unroll
                for (int q = 0; q < HG_COLS; q++) {
                    int i = (rhoA + 1) * D_MLP + hgCol + q;
                    sDz[i] = sH[i] > 0.0f ? cwB * (hgB[q] - sDz[i]) : 0.0f;
                }
            }
        }
        __syncthreads();
        const int* col = tileCol + (r0 / TILE_ROWS) * (N_FEATURES + 1);
#pragma unroll
        for (int q = 0; q < CELLS; q++) {
            int cell = tid + q * THREADS;
            if (cell < ND) {
                int j = cell / D_MLP;
                int a = cell % D_MLP;
                for (int e = col[j]; e < col[j + 1]; e++) {
                    int i = (cRow[e] - r0) * D_MLP + a;
                    float v = cValue[e];
                    if (v > 0.0f) {
                        accP[q] = fma_f(v, sWh[i], accP[q]);
                    } else {
                        accN[q] = fma_f(v, sWh[i], accN[q]);
                    }
                    accW[q] = fma_f(v, sDz[i], accW[q]);
                }
            }
        }
        __syncthreads();
    }

    // S from its chains: chains 1.. hand their partial sums to chain 0 through the tile, which adds them
    // in chain order and writes S and its mirror after W_outᵀ's place; P and U = P + N take the places
    // of Yp and W_in.
    float* sPartial = sTile;
    float* sS = sTile + ND;
    if (tid < S_THREADS && sChain > 0) {
#pragma unroll
        for (int p = 0; p < S_BLOCK; p++) {
#pragma unroll
            for (int q = 0; q < S_BLOCK; q++) {
                sPartial[((sChain - 1) * S_BLOCKS + sBlock) * S_BLOCK * S_BLOCK + p * S_BLOCK + q] = accS[p][q];
            }
        }
    }
    __syncthreads();
    if (tid < S_BLOCKS) {
#pragma unroll
        for (int p = 0; p < S_BLOCK; p++) {
#pragma unroll
            for (int q = 0; q < S_BLOCK; q++) {
                float sum = accS[p][q];
                for (int chain = 1; chain < S_CHAINS; chain++) {
                    sum = sum + sPartial[((chain - 1) * S_BLOCKS + sBlock) * S_BLOCK * S_BLOCK + p * S_BLOCK + q];
                }
                int a = bi * S_BLOCK + p;
                int b = bj * S_BLOCK + q;
                if (a >= b) {
                    sS[a * D_MLP + b] = sum;
                    sS[b * D_MLP + a] = sum;
                }
            }
        }
    }
#pragma unroll
    for (int q = 0; q < CELLS; q++) {
        int cell = tid + q * THREADS;
        if (cell < ND) {
            sYp[cell] = accP[q];
            sWIn[cell] = accP[q] + accN[q];
        }
    }
    __syncthreads();
    for (int i = tid; i < ND; i += THREADS) {
        sWoT[(i % N_FEATURES) * D_MLP + i / N_FEATURES] = wo[i];
    }
    __syncthreads();

    // ∂W_out (cells (o, a)), and the loss's sums.
    float gradOut[CELLS];
    double outputDotLabels = 0.0;
#pragma unroll
    for (int q = 0; q < CELLS; q++) {
        int cell = tid + q * THREADS;
        gradOut[q] = 0.0f;
        if (cell < ND) {
            int o = cell / D_MLP;
            int a = cell % D_MLP;
            float sw = 0.0f;
            for (int b = 0; b < D_MLP; b++) {
                sw = fma_f(sS[a * D_MLP + b], sWoT[o * D_MLP + b], sw);
            }
            float mu = 0.0f;
            for (int j = 0; j < N_FEATURES; j++) {
                mu = fma_f(m[o * N_FEATURES + j], sWIn[j * D_MLP + a], mu);
            }
            float t = sYp[cell] + sAbs * mu;
            gradOut[q] = c * (sw - t);
            outputDotLabels += (double)sWoT[cell] * (double)t;
        }
    }
    double outputNorm = 0.0;
    for (int i = tid; i < D_MLP * D_MLP; i += THREADS) {
        outputNorm += (double)sS[i] * (double)sGram[i];
    }
    double outputDotMixed = 0.0;
    for (int i = tid; i < ND; i += THREADS) {
        outputDotMixed += (double)sWIn[i] * (double)sK[i];
    }
    outputNorm = block_sum(outputNorm, sReduce);
    outputDotLabels = block_sum(outputDotLabels, sReduce);
    outputDotMixed = block_sum(outputDotMixed, sReduce);

    const double* moments = labelMoments + 3 * modelPair[model];
    const double sAbsD = sAbs;
    double labelNorm = moments[0] + 2.0 * sAbsD * moments[1] + sAbsD * sAbsD * moments[2];
    double lossSum = outputNorm - 2.0 * outputDotLabels + labelNorm;
    lossSum = lossSum > 0.0 ? lossSum : (lossSum != lossSum ? lossSum : 0.0);
    if (lossSum > FLOAT_MAX) {
        lossSum = __builtin_huge_val();
    }
    double loss = lossSum / ((double)batch * N_FEATURES);
    if (!(loss - loss == 0.0)) {
        if (tid == 0) {
            divergedStep[model] = step + 1;
            divergedLoss[model] = loss;
        }
        return;
    }

#pragma unroll
    for (int q = 0; q < CELLS; q++) {
        int cell = tid + q * THREADS;
        if (cell < ND) {
            size_t at = (size_t)model * ND + cell;
            adamw(&wi[cell], &momentsIn[2 * at], &momentsIn[2 * at + 1], accW[q], adam);
            size_t out = (size_t)model * ND + (cell % D_MLP) * N_FEATURES + cell / D_MLP;
            adamw(&wOut[out], &momentsOut[2 * out], &momentsOut[2 * out + 1], gradOut[q], adam);
        }
    }
    if (tid == 0) {
        if (learnSigma[model]) {
            double gradSigma = -(double)signum(s) * scale * (outputDotMixed - (moments[1] + sAbsD * moments[2]));
            adamw(&sigma[model], &sigmaMoments[2 * model], &sigmaMoments[2 * model + 1], (float)gradSigma, adam);
        }
        double sum = curveSum[model] + loss;
        if (curveWindow >= 0) {
            curve[(size_t)model * curvePoints + curveWindow] = sum / windowSteps;
            sum = 0.0;
        }
        curveSum[model] = sum;
    }
}
