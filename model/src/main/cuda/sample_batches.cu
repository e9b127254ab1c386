// One training batch per stream and step, drawn exactly as org.ccsweep.model.task.cc.data.BatchSampler
// draws it from org.ccsweep.model.run.Rng (the same features and values, bit for bit), and its layout
// for train_step and label_moments. One block per distinct stream (runs with the same seed share it).
//
// The sampler's passes are bulk draws, so each runs one thread per draw at its position in the stream
// (splitmix.cuh); only what depends on earlier draws walks the stream on thread 0: the entries after
// the first one Lemire's method rejects (probability 96 / 2^32 per draw), and the samples whose
// features need redraws (a repeated feature, or k > SMALL_SET), in sample order.
//
// The layout (ReferenceLayout is the same in Java): rows r = 0..m-1 are the samples with k >= 2 in
// sample order, with their entries and weight 1; rows m..R-1 are the non-empty groups g = 0..2n-1 of
// the k = 1 samples (g = j for v > 0, n + j otherwise), each with the one entry (j, +1 or -1) and
// weight w_g = Σ v² (a float fma chain in sample order). Rows are cut into tiles of TILE_ROWS, and
// each tile lists its entries by feature, each feature's in row order (colRow, colValue), from
// tileColStart[tile][j] on.
#include "cc_device.cuh"
#include "splitmix.cuh"
#include "block_scan.cuh"
#include "layout_sizes.cuh"

#define NO_ENTRY 0x7FFFFFFF

// The k <= SMALL_SET features f[0..k-1], all distinct, sorted in place: what sort_distinct leaves when
// it draws nothing. False, and f untouched, when k > SMALL_SET or two are equal (the stream decides).
__device__ bool sort_if_distinct(int* f, int k) {
    if (k > SMALL_SET) {
        return false;
    }
    int a[SMALL_SET];
    for (int e = 0; e < k; e++) {
        a[e] = f[e];
        for (int q = 0; q < e; q++) {
            if (a[q] == a[e]) {
                return false;
            }
        }
    }
    for (int e = 1; e < k; e++) {
        int j = a[e];
        int at = e;
        while (at > 0 && a[at - 1] > j) {
            a[at] = a[at - 1];
            at--;
        }
        a[at] = j;
    }
    for (int e = 0; e < k; e++) {
        f[e] = a[e];
    }
    return true;
}

// BatchSampler.sortDistinct: insertion with redraws of a repeated feature, on the stream *s.
__device__ void sort_distinct(int* f, int k, u64* s) {
    if (k == 2) {
        int first = f[0];
        int second = f[1];
        while (second == first) {
            second = next_int(s, N_FEATURES);
        }
        f[0] = first < second ? first : second;
        f[1] = first < second ? second : first;
        return;
    }
    for (int e = 1; e < k; e++) {
        int j = f[e];
        int at = e;
        while (at > 0 && f[at - 1] > j) {
            at--;
        }
        while (at > 0 && f[at - 1] == j) {
            j = next_int(s, N_FEATURES);
            at = e;
            while (at > 0 && f[at - 1] > j) {
                at--;
            }
        }
        for (int q = e; q > at; q--) {
            f[q] = f[q - 1];
        }
        f[at] = j;
    }
}

// BatchSampler.drawMarked: k distinct features by marking (the n - k inactive ones when fewer), ascending.
__device__ void draw_marked(int* f, int k, u64* s) {
    bool complement = k > N_FEATURES / 2;
    int toMark = complement ? N_FEATURES - k : k;
    bool marks[N_FEATURES];
    for (int j = 0; j < N_FEATURES; j++) {
        marks[j] = false;
    }
    for (int marked = 0; marked < toMark;) {
        int j = next_int(s, N_FEATURES);
        if (!marks[j]) {
            marks[j] = true;
            marked++;
        }
    }
    int e = 0;
    for (int j = 0; j < N_FEATURES; j++) {
        if (marks[j] != complement) {
            f[e++] = j;
        }
    }
}

// The features of entries from..count-1 when the draw of entry `from` was rejected: thread 0 walks the
// stream from that draw on. Returns the state after the pass (every thread).
__device__ u64 redraw_features(int* feature, int from, int count, u64 s, u64* cursor) {
    if (threadIdx.x == 0) {
        u64 w = s + (u64)from * GOLDEN_GAMMA;
        for (int e = from; e < count; e++) {
            feature[e] = next_int(&w, N_FEATURES);
        }
        *cursor = w;
    }
    __syncthreads();
    u64 after = *cursor;
    __syncthreads();
    return after;
}

// BatchSampler.fillBernoulli. Returns the number of entries, or -1 when they exceed the capacity.
__device__ int draw_bernoulli(int batch, const double* cdf, int capacity, u64 s, int* start, int* feature,
                              float* value, int* scratch, int* shared, u64* cursor, u64* stateOut) {
    int* count = scratch;
    int* needs = scratch + batch;
    int* position = scratch + 2 * batch;
    for (int i = threadIdx.x; i < batch; i += THREADS) {
        count[i] = inverse_cdf(cdf, unit_double(draw_at(s, i)));
    }
    __syncthreads();
    int entries = block_scan(count, start, batch, shared);
    if (entries > capacity) {
        return -1;
    }
    s += (u64)batch * GOLDEN_GAMMA;

    unsigned int threshold = lemire_threshold(N_FEATURES);
    int rejected = NO_ENTRY;
    for (int e = threadIdx.x; e < entries; e += THREADS) {
        int f;
        if (!lemire_one(draw_at(s, e), N_FEATURES, threshold, &f) && e < rejected) {
            rejected = e;
        }
        feature[e] = f;
    }
    rejected = block_min(rejected, shared);
    s = rejected < entries ? redraw_features(feature, rejected, entries, s, cursor) : s + (u64)entries * GOLDEN_GAMMA;

    for (int i = threadIdx.x; i < batch; i += THREADS) {
        int from = start[i];
        int k = start[i + 1] - from;
        int flag = 0;
        if (k >= 2) {
            int first = feature[from];
            int second = feature[from + 1];
            feature[from] = first < second ? first : second;
            feature[from + 1] = first < second ? second : first;
            if (k != 2 || first == second) {
                flag = sort_if_distinct(feature + from, k) ? 0 : 1;
            }
        }
        needs[i] = flag;
    }
    __syncthreads();
    int flagged = block_scan(needs, position, batch, shared);
    for (int i = threadIdx.x; i < batch; i += THREADS) {
        if (needs[i]) {
            count[position[i]] = i;
        }
    }
    __syncthreads();
    if (flagged > 0) {
        if (threadIdx.x == 0) {
            u64 w = s;
            for (int q = 0; q < flagged; q++) {
                int i = count[q];
                int k = start[i + 1] - start[i];
                if (k <= SMALL_SET) {
                    sort_distinct(feature + start[i], k, &w);
                } else {
                    draw_marked(feature + start[i], k, &w);
                }
            }
            *cursor = w;
        }
        __syncthreads();
        s = *cursor;
        __syncthreads();
    }

    for (int e = threadIdx.x; e < entries; e += THREADS) {
        value[e] = unit_value(draw_at(s, e));
    }
    if (threadIdx.x == 0) {
        *stateOut = s + (u64)entries * GOLDEN_GAMMA;
    }
    __syncthreads();
    return entries;
}

// BatchSampler.fillExactlyOne: per sample a feature, then its value. Returns the number of entries.
__device__ int draw_exactly_one(int batch, u64 s, int* start, int* feature, float* value, int* shared,
                                u64* stateOut) {
    unsigned int threshold = lemire_threshold(N_FEATURES);
    int rejected = NO_ENTRY;
    for (int i = threadIdx.x; i < batch; i += THREADS) {
        start[i] = i;
        int f;
        if (!lemire_one(draw_at(s, 2ULL * i), N_FEATURES, threshold, &f) && i < rejected) {
            rejected = i;
        }
        feature[i] = f;
        value[i] = unit_value(draw_at(s, 2ULL * i + 1ULL));
    }
    if (threadIdx.x == 0) {
        start[batch] = batch;
    }
    rejected = block_min(rejected, shared);
    if (rejected < batch) {
        if (threadIdx.x == 0) {
            u64 w = s + 2ULL * (u64)rejected * GOLDEN_GAMMA;
            for (int i = rejected; i < batch; i++) {
                feature[i] = next_int(&w, N_FEATURES);
                value[i] = unit_value(next_long(&w));
            }
            *stateOut = w;
        }
    } else if (threadIdx.x == 0) {
        *stateOut = s + 2ULL * (u64)batch * GOLDEN_GAMMA;
    }
    __syncthreads();
    return batch;
}

// The rows, their entries and weights, and each tile's entries by feature (see the file's comment).
__device__ void build_layout(int batch, const int* start, const int* feature, const float* value,
                             int* scratch, float* scratchF, int* shared, int* rowInfo, int* rowStart,
                             int* rowFeature, float* rowValue, float* rowWeight, int* tileColStart, int* colRow,
                             float* colValue) {
    int* multiFlag = scratch + batch;
    int* multiPos = scratch + 2 * batch;
    int* singleFlag = scratch + 3 * batch + 1;
    int* singlePos = scratch + 4 * batch + 1;
    int* singleGroup = scratch + 5 * batch + 2;
    int* groupFlag = scratch + 6 * batch + 2;
    int* groupPos = groupFlag + 2 * N_FEATURES;
    int* rowLength = groupPos + 2 * N_FEATURES + 1;
    int* tileCount = rowLength + row_capacity(batch);
    float* singleValue = scratchF;
    float* groupWeight = scratchF + batch;

    for (int i = threadIdx.x; i < batch; i += THREADS) {
        int k = start[i + 1] - start[i];
        multiFlag[i] = k >= 2 ? 1 : 0;
        singleFlag[i] = k == 1 ? 1 : 0;
    }
    __syncthreads();
    int multi = block_scan(multiFlag, multiPos, batch, shared);
    int singles = block_scan(singleFlag, singlePos, batch, shared);
    for (int i = threadIdx.x; i < batch; i += THREADS) {
        if (singleFlag[i]) {
            float v = value[start[i]];
            int j = feature[start[i]];
            singleGroup[singlePos[i]] = v > 0.0f ? j : N_FEATURES + j;
            singleValue[singlePos[i]] = v;
        }
    }
    __syncthreads();
    for (int g = threadIdx.x; g < 2 * N_FEATURES; g += THREADS) {
        float w = 0.0f;
        int members = 0;
        for (int q = 0; q < singles; q++) {
            if (singleGroup[q] == g) {
                w = fma_f(singleValue[q], singleValue[q], w);
                members++;
            }
        }
        groupWeight[g] = w;
        groupFlag[g] = members > 0 ? 1 : 0;
    }
    __syncthreads();
    int groups = block_scan(groupFlag, groupPos, 2 * N_FEATURES, shared);
    int rows = multi + groups;

    for (int i = threadIdx.x; i < batch; i += THREADS) {
        if (multiFlag[i]) {
            rowLength[multiPos[i]] = start[i + 1] - start[i];
        }
    }
    for (int g = threadIdx.x; g < 2 * N_FEATURES; g += THREADS) {
        if (groupFlag[g]) {
            rowLength[multi + groupPos[g]] = 1;
        }
    }
    __syncthreads();
    block_scan(rowLength, rowStart, rows, shared);
    for (int i = threadIdx.x; i < batch; i += THREADS) {
        if (multiFlag[i]) {
            int r = multiPos[i];
            int to = rowStart[r];
            for (int e = start[i]; e < start[i + 1]; e++, to++) {
                rowFeature[to] = feature[e];
                rowValue[to] = value[e];
            }
            rowWeight[r] = 1.0f;
        }
    }
    for (int g = threadIdx.x; g < 2 * N_FEATURES; g += THREADS) {
        if (groupFlag[g]) {
            int r = multi + groupPos[g];
            rowFeature[rowStart[r]] = g < N_FEATURES ? g : g - N_FEATURES;
            rowValue[rowStart[r]] = g < N_FEATURES ? 1.0f : -1.0f;
            rowWeight[r] = groupWeight[g];
        }
    }
    __syncthreads();

    int tiles = (rows + TILE_ROWS - 1) / TILE_ROWS;
    for (int item = threadIdx.x; item < tiles * N_FEATURES; item += THREADS) {
        int t = item / N_FEATURES;
        int j = item % N_FEATURES;
        int end = (t + 1) * TILE_ROWS < rows ? (t + 1) * TILE_ROWS : rows;
        int members = 0;
        for (int e = rowStart[t * TILE_ROWS]; e < rowStart[end]; e++) {
            members += rowFeature[e] == j ? 1 : 0;
        }
        tileCount[item] = members;
    }
    __syncthreads();
    for (int t = threadIdx.x; t < tiles; t += THREADS) {
        int run = rowStart[t * TILE_ROWS];
        for (int j = 0; j < N_FEATURES; j++) {
            tileColStart[t * (N_FEATURES + 1) + j] = run;
            run += tileCount[t * N_FEATURES + j];
        }
        tileColStart[t * (N_FEATURES + 1) + N_FEATURES] = run;
    }
    __syncthreads();
    for (int item = threadIdx.x; item < tiles * N_FEATURES; item += THREADS) {
        int t = item / N_FEATURES;
        int j = item % N_FEATURES;
        int end = (t + 1) * TILE_ROWS < rows ? (t + 1) * TILE_ROWS : rows;
        int to = tileColStart[t * (N_FEATURES + 1) + j];
        for (int r = t * TILE_ROWS; r < end; r++) {
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                if (rowFeature[e] == j) {
                    colRow[to] = r;
                    colValue[to] = rowValue[e];
                    to++;
                }
            }
        }
    }
    if (threadIdx.x == 0) {
        rowInfo[0] = rows;
        rowInfo[1] = multi;
    }
    __syncthreads();
}

// Grid: one block of THREADS per stream. exactlyOne: 0 for Bernoulli inputs (cdf: P(K <= k) of
// K ~ Binomial(n, p), n + 1 entries), 1 for exactly-one inputs. capacity: entries per stream's batch
// (a larger Bernoulli batch sets *overflow and leaves that stream's state and layout as they were).
extern "C" __global__ void sample_batches(int batch, int exactlyOne, const double* cdf, int capacity, u64* states,
                                          int* sampleStart, int* sampleFeature, float* sampleValue, int* scratch,
                                          float* scratchF, int* rowInfo, int* rowStart, int* rowFeature,
                                          float* rowValue, float* rowWeight, int* tileColStart, int* colRow,
                                          float* colValue, int* overflow) {
    __shared__ int shared[THREADS + 1];
    __shared__ double sharedCdf[N_FEATURES + 1];
    __shared__ u64 cursor;
    __shared__ u64 stateOut;
    const int stream = blockIdx.x;
    for (int k = threadIdx.x; k <= N_FEATURES; k += THREADS) {
        sharedCdf[k] = exactlyOne ? 1.0 : cdf[k];
    }
    __syncthreads();
    u64 s = states[stream];
    int* start = sampleStart + (size_t)stream * (batch + 1);
    int* feature = sampleFeature + (size_t)stream * capacity;
    float* value = sampleValue + (size_t)stream * capacity;
    int* ints = scratch + (size_t)stream * scratch_ints(batch);
    int entries = exactlyOne
            ? draw_exactly_one(batch, s, start, feature, value, shared, &stateOut)
            : draw_bernoulli(batch, sharedCdf, capacity, s, start, feature, value, ints, shared, &cursor, &stateOut);
    if (entries < 0) {
        if (threadIdx.x == 0) {
            *overflow = 1;
        }
        return;
    }
    if (threadIdx.x == 0) {
        states[stream] = stateOut;
    }
    int rowCap = row_capacity(batch);
    int entryCap = entry_capacity(capacity);
    build_layout(batch, start, feature, value, ints, scratchF + (size_t)stream * scratch_floats(batch),
                 shared, rowInfo + 2 * stream, rowStart + (size_t)stream * (rowCap + 1),
                 rowFeature + (size_t)stream * entryCap, rowValue + (size_t)stream * entryCap,
                 rowWeight + (size_t)stream * rowCap,
                 tileColStart + (size_t)stream * tile_capacity(batch) * (N_FEATURES + 1),
                 colRow + (size_t)stream * entryCap, colValue + (size_t)stream * entryCap);
}
