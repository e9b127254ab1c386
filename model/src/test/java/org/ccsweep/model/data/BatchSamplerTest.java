package org.ccsweep.model.data;

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
    @ValueSource(doubles = {0.001, 0.01, 0.5, 1.0})
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
