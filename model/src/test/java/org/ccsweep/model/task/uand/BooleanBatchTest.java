package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The geometric-gap sampler draws each feature independently with probability p: each feature's frequency
 * and each pair's co-occurrence over N = 200,000 inputs match p and p² within 5 binomial standard errors
 * (210 comparisons: a right sampler exceeds 5σ in one of them with probability ~1e-4; a sampler whose p is
 * 4 % off, 0.156 for 0.15, misses by 7.5σ).
 */
class BooleanBatchTest {
    private static final int M = 20;
    private static final int N = 200_000;

    @Test
    void featuresAreIndependentBernoulli() {
        double p = 0.15;
        long[] on = new long[M];
        long[][] both = new long[M][M];
        BooleanBatch batch = new BooleanBatch(M, 1000);
        Rng rng = new Rng(11);
        for (int done = 0; done < N; done += 1000) {
            batch.draw(1000, p, rng);
            for (int s = 0; s < batch.size(); s++) {
                for (int a = batch.from(s); a < batch.to(s); a++) {
                    int i = batch.active()[a];
                    on[i]++;
                    for (int b = a + 1; b < batch.to(s); b++) {
                        assertThat(batch.active()[b]).isGreaterThan(i);
                        both[i][batch.active()[b]]++;
                    }
                }
            }
        }
        double se1 = Math.sqrt(p * (1 - p) / N);
        double se2 = Math.sqrt(p * p * (1 - p * p) / N);
        for (int i = 0; i < M; i++) {
            assertThat((double) on[i] / N).isCloseTo(p, within(5 * se1));
            for (int j = i + 1; j < M; j++) {
                assertThat((double) both[i][j] / N).isCloseTo(p * p, within(5 * se2));
            }
        }
    }

    @Test
    void atProbabilityOneEveryFeatureIsOn() {
        BooleanBatch batch = new BooleanBatch(M, 3);
        batch.draw(3, 1.0, new Rng(1));
        for (int s = 0; s < 3; s++) {
            assertThat(batch.to(s) - batch.from(s)).isEqualTo(M);
        }
    }
}
