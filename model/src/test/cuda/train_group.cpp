// Trains a group with the kernels' own sources on the host (emulation.h), as CudaGroupTrainer launches
// them: per step sample_batches (a block per stream), label_moments (a block per pair), train_step (a
// block per member). Input on stdin, as KernelEmulationTest writes it (floats and doubles as hex bits):
//   exactlyOne batch steps capacity members streams mixings pairs curvePoints
//   cdf[n + 1] | stream states | member stream, mixing, pair, learnSigma | pair stream, mixing
//   W_in (all members) | W_out | s | per M: M, MᵀM | per step: AdamScalars[8] window windowSteps
// Output on stdout, per member: "D step" when it diverged, else W_in, W_out, s and the curve, hex bits.
#include "emulation.h"
#include "sample_batches.cu"
#include "label_moments.cu"
#include "train_step.cu"
#include <cstdio>
#include <cstring>

template <class T>
static std::vector<T> read(size_t count) {
    std::vector<T> values(count);
    for (T& v : values) {
        if constexpr (std::is_same_v<T, int>) {
            std::scanf("%d", &v);
        } else {
            unsigned long long bits;
            std::scanf("%llx", &bits);
            std::memcpy(&v, &bits, sizeof(T));
        }
    }
    return values;
}

template <class T>
static void write(const T* values, size_t count) {
    for (size_t i = 0; i < count; i++) {
        unsigned long long bits = 0;
        std::memcpy(&bits, &values[i], sizeof(T));
        std::printf("%llx ", bits);
    }
    std::printf("\n");
}

int main() {
    int exactlyOne, batch, steps, capacity, members, streams, mixings, pairs, points;
    std::scanf("%d %d %d %d %d %d %d %d %d", &exactlyOne, &batch, &steps, &capacity, &members, &streams, &mixings,
               &pairs, &points);
    std::vector<double> cdf = read<double>(N_FEATURES + 1);
    std::vector<u64> states = read<u64>(streams);
    std::vector<int> memberStream = read<int>(members), memberMixing = read<int>(members),
                     memberPair = read<int>(members), learnSigma = read<int>(members);
    std::vector<int> pairStream = read<int>(pairs), pairMixing = read<int>(pairs);
    std::vector<float> wIn = read<float>(members * ND), wOut = read<float>(members * ND), sigma = read<float>(members);
    std::vector<float> mixing;
    std::vector<double> mixingGram;
    for (int k = 0; k < mixings; k++) {
        std::vector<float> m = read<float>(N_FEATURES * N_FEATURES);
        std::vector<double> g = read<double>(N_FEATURES * N_FEATURES);
        mixing.insert(mixing.end(), m.begin(), m.end());
        mixingGram.insert(mixingGram.end(), g.begin(), g.end());
    }
    int rowCap = row_capacity(batch), entryCap = entry_capacity(capacity), tileCap = tile_capacity(batch);
    std::vector<int> sampleStart(streams * (batch + 1)), sampleFeature(streams * capacity),
            scratch(streams * scratch_ints(batch)), rowInfo(2 * streams), rowStart(streams * (rowCap + 1)),
            rowFeature(streams * entryCap), tileColStart(streams * tileCap * (N_FEATURES + 1)),
            colRow(streams * entryCap), divergedStep(members);
    std::vector<float> sampleValue(streams * capacity), scratchF(streams * scratch_floats(batch)),
            rowValue(streams * entryCap), rowWeight(streams * rowCap), colValue(streams * entryCap),
            momentsIn(2 * members * ND), momentsOut(2 * members * ND), sigmaMoments(2 * members);
    std::vector<double> labelMoments(3 * pairs), curveSum(members), curve(members * points), divergedLoss(members);
    int overflow = 0;
    double scale = 2.0 / ((double) batch * N_FEATURES);
    for (int t = 0; t < steps; t++) {
        std::vector<float> k = read<float>(8);
        AdamScalars adam{k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7]};
        int window, windowSteps;
        std::scanf("%d %d", &window, &windowSteps);
        launch(streams, THREADS, [&] {
            sample_batches(batch, exactlyOne, cdf.data(), capacity, states.data(), sampleStart.data(),
                           sampleFeature.data(), sampleValue.data(), scratch.data(), scratchF.data(), rowInfo.data(),
                           rowStart.data(), rowFeature.data(), rowValue.data(), rowWeight.data(), tileColStart.data(),
                           colRow.data(), colValue.data(), &overflow);
        });
        launch(pairs, THREADS, [&] {
            label_moments(batch, capacity, pairStream.data(), pairMixing.data(), mixing.data(), mixingGram.data(),
                          rowInfo.data(), rowStart.data(), rowFeature.data(), rowValue.data(), rowWeight.data(),
                          labelMoments.data());
        });
        launch(members, THREADS, [&] {
            train_step(t, batch, capacity, (float) scale, scale, adam, memberStream.data(), memberMixing.data(),
                       memberPair.data(), learnSigma.data(), wIn.data(), wOut.data(), momentsIn.data(),
                       momentsOut.data(), sigma.data(), sigmaMoments.data(), mixing.data(), labelMoments.data(),
                       rowInfo.data(), rowStart.data(), rowFeature.data(), rowValue.data(), rowWeight.data(),
                       tileColStart.data(), colRow.data(), colValue.data(), curveSum.data(), curve.data(), points,
                       window, windowSteps, divergedStep.data(), divergedLoss.data());
        });
    }
    std::printf("overflow %d\n", overflow);
    for (int i = 0; i < members; i++) {
        if (divergedStep[i] != 0) {
            std::printf("D %d\n", divergedStep[i]);
            continue;
        }
        write(&wIn[i * ND], ND);
        write(&wOut[i * ND], ND);
        write(&sigma[i], 1);
        write(&curve[i * points], points);
    }
}
