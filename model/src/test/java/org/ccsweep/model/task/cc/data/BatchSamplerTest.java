package org.ccsweep.model.task.cc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchSamplerTest {
    private static final int N = 100;
    private static final int BATCH = 2048;
    private static final int BATCHES = 20;

    @ParameterizedTest(name = "p={0}")
    @ValueSource(doubles = {0.001, 0.01, 0.1, 0.5, 0.9, 1.0})
    void bernoulliActiveFractionValuesAndEmptySamples(double p) {
        BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, p, BATCH, N, new Rng(21));
        long active = 0;
        long empty = 0;
        double valueSum = 0.0;
        for (int b = 0; b < BATCHES; b++) {
            SparseBatch x = sampler.next();
            for (int i = 0; i < BATCH; i++) {
                int previous = -1;
                for (int k = x.rowStart(i); k < x.rowStart(i + 1); k++) {
                    assertThat(x.feature(k)).isGreaterThan(previous).isLessThan(N);
                    assertThat(x.value(k)).isBetween(-1f, 1f);
                    previous = x.feature(k);
                    valueSum += x.value(k);
                }
                empty += x.rowStart(i + 1) == x.rowStart(i) ? 1 : 0;
            }
            active += x.nonZeros();
        }
        double trials = (double) BATCHES * BATCH * N;
        double samples = (double) BATCHES * BATCH;
        // Binomial counts: 4 standard errors (zero width at p = 1, where every feature is active).
        assertThat(active / trials).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / trials) + 1e-12));
        double pEmpty = Math.pow(1 - p, N);
        assertThat(empty / samples).isCloseTo(pEmpty, within(4 * Math.sqrt(pEmpty * (1 - pEmpty) / samples) + 1e-12));
        // U[−1, 1] values have variance 1/3: the mean of `active` of them has SE √(1/(3 · active)).
        assertThat(valueSum / active).isCloseTo(0.0, within(4 * Math.sqrt(1.0 / (3 * active))));
    }

    /**
     * The joint law of iid Bernoulli(p) trials, at p where samples take each path of the sampler
     * (sorted list for k ≤ 8, marks, marks of the complement): the number of active features per
     * sample follows Binomial(n, p), each feature is active with probability p, and two features are
     * active together with probability p² (every adjacent pair counted). Every frequency is a
     * binomial proportion over S trials with SE √(q (1 − q) / S); 5 SE each, as 100 features are
     * checked at once; counts k expected fewer than 20 times are pooled into one bin.
     */
    @ParameterizedTest(name = "p={0}")
    @ValueSource(doubles = {0.01, 0.08, 0.3, 0.7})
    void bernoulliSamplesHaveTheJointLawOfIndependentTrials(double p) {
        BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, p, BATCH, N, new Rng(23));
        long[] countHistogram = new long[N + 1];
        long[] perFeature = new long[N];
        long adjacentPairs = 0;
        for (int b = 0; b < BATCHES; b++) {
            SparseBatch x = sampler.next();
            for (int i = 0; i < BATCH; i++) {
                countHistogram[x.rowStart(i + 1) - x.rowStart(i)]++;
                float[] dense = x.dense(i);
                for (int j = 0; j < N; j++) {
                    perFeature[j] += dense[j] != 0f ? 1 : 0;
                    adjacentPairs += j > 0 && dense[j] != 0f && dense[j - 1] != 0f ? 1 : 0;
                }
            }
        }
        double samples = (double) BATCHES * BATCH;
        double[] cdf = BatchSampler.binomialCdf(N, p);
        double rareExpected = 0.0;
        long rareSeen = 0;
        for (int k = 0; k <= N; k++) {
            double pk = Math.max(cdf[k] - (k == 0 ? 0.0 : cdf[k - 1]), 0.0);
            if (pk * samples < 20) {
                rareExpected += pk;
                rareSeen += countHistogram[k];
                continue;
            }
            assertThat(countHistogram[k] / samples).as("P(k = %d)", k)
                    .isCloseTo(pk, within(5 * Math.sqrt(pk * (1 - pk) / samples)));
        }
        // The counts expected fewer than 20 times, where the normal approximation fails, as one bin:
        // its count is Poisson(λ) to within O(q²); neither tail beyond the observed count may be
        // rarer than 1e-6 (about 5 SE of a normal).
        double lambda = rareExpected * samples;
        assertThat(poissonAtLeast(rareSeen, lambda)).as("P(X ≥ %d | λ = %s)", rareSeen, lambda).isGreaterThan(1e-6);
        assertThat(1 - poissonAtLeast(rareSeen + 1, lambda)).as("P(X ≤ %d | λ = %s)", rareSeen, lambda)
                .isGreaterThan(1e-6);
        for (int j = 0; j < N; j++) {
            assertThat(perFeature[j] / samples).as("P(feature %d active)", j)
                    .isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / samples)));
        }
        double pairTrials = samples * (N - 1);
        double both = p * p;
        assertThat(adjacentPairs / pairTrials).isCloseTo(both, within(5 * Math.sqrt(both * (1 - both) / pairTrials)));
    }

    /** P(X ≥ x) for X ~ Poisson(λ), summing the terms below x. */
    private static double poissonAtLeast(long x, double lambda) {
        double below = 0.0;
        double term = Math.exp(-lambda);
        for (long i = 0; i < x; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return Math.max(1.0 - below, 0.0);
    }

    @Test
    void binomialCdfIsTheBinomialLaw() {
        double[] cdf = BatchSampler.binomialCdf(4, 0.25);
        double[] expected = {81.0 / 256, 108.0 / 256, 54.0 / 256, 12.0 / 256, 1.0 / 256};
        double total = 0.0;
        for (int k = 0; k <= 4; k++) {
            total += expected[k];
            assertThat(cdf[k]).isCloseTo(total, within(1e-15));
        }
        assertThat(BatchSampler.binomialCdf(100, 1.0)[99]).isZero();
        assertThat(BatchSampler.binomialCdf(100, 1.0)[100]).isEqualTo(1.0);
    }

    @Test
    void exactlyOneHasOneActiveFeaturePerSampleCoveringAllFeatures() {
        BatchSampler sampler = new BatchSampler(InputMode.EXACTLY_ONE, 0.0, BATCH, N, new Rng(22));
        SparseBatch x = sampler.next();
        boolean[] seen = new boolean[N];
        for (int i = 0; i < BATCH; i++) {
            assertThat(x.rowStart(i + 1) - x.rowStart(i)).isEqualTo(1);
            int k = x.rowStart(i);
            assertThat(x.value(k)).isBetween(-1f, 1f);
            seen[x.feature(k)] = true;
        }
        assertThat(seen).containsOnly(true);
        assertThat(x.nonZeros()).isEqualTo(BATCH);
    }
}
