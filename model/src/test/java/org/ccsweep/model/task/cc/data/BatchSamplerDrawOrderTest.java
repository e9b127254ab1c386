package org.ccsweep.model.task.cc.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a seed means: BatchSampler's batches are exactly those of the plain algorithm its javadoc
 * describes, drawn one number at a time from the same Rng, whatever bulk draws, vector lanes and
 * branch-free passes it uses. Per batch, in this order: each sample's count k by inverting the
 * Binomial(n, p) table with one nextDouble; one nextInt(n) per entry; for each sample with k ≥ 2, in
 * sample order, its features made distinct (k ≤ 8: each one redrawn while it equals one already
 * placed; k &gt; 8: the entries' draws are discarded and k, or n − k when fewer, distinct features
 * are marked by fresh draws) and ascending; one uniform(−1, 1) per entry. A change in the order of
 * draws, or a bulk path that gives other numbers, fails here; the batch size 300 is no multiple of
 * the vector blocks.
 */
class BatchSamplerDrawOrderTest {
    private static final int N = 100;
    private static final int BATCH = 300;

    @ParameterizedTest(name = "p = {0}")
    @ValueSource(doubles = {0.001, 0.01, 0.05, 0.2, 0.6, 1.0})
    void batchesAreThoseOfThePlainAlgorithm(double p) {
        for (long seed : new long[] {1L, 42L, -5L}) {
            Rng bulk = new Rng(seed);
            Rng plain = new Rng(seed);
            BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, p, BATCH, N, bulk);
            double[] cdf = BatchSampler.binomialCdf(N, p);
            for (int b = 0; b < 40; b++) {
                SparseBatch batch = sampler.next();
                int[][] features = new int[BATCH][];
                float[][] values = new float[BATCH][];
                plainBatch(plain, cdf, features, values);
                for (int i = 0; i < BATCH; i++) {
                    int from = batch.rowStart(i);
                    int[] f = new int[batch.rowStart(i + 1) - from];
                    float[] v = new float[f.length];
                    for (int e = 0; e < f.length; e++) {
                        f[e] = batch.feature(from + e);
                        v[e] = batch.value(from + e);
                    }
                    assertThat(f).as("p %s seed %d batch %d sample %d features", p, seed, b, i).isEqualTo(features[i]);
                    assertThat(v).as("p %s seed %d batch %d sample %d values", p, seed, b, i).isEqualTo(values[i]);
                }
            }
            assertThat(bulk.nextLong()).as("the stream is left where the plain draws leave it").isEqualTo(plain.nextLong());
        }
    }

    private static void plainBatch(Rng rng, double[] cdf, int[][] features, float[][] values) {
        int[] counts = new int[BATCH];
        for (int i = 0; i < BATCH; i++) {
            double u = rng.nextDouble();
            int k = 0;
            while (u >= cdf[k]) {
                k++;
            }
            counts[i] = k;
        }
        for (int i = 0; i < BATCH; i++) {
            features[i] = new int[counts[i]];
            for (int e = 0; e < counts[i]; e++) {
                features[i][e] = rng.nextInt(N);
            }
        }
        for (int i = 0; i < BATCH; i++) {
            int k = counts[i];
            if (k >= 2 && k <= BatchSampler.SMALL_SET) {
                features[i] = distinctByRedraw(rng, features[i]);
            } else if (k > BatchSampler.SMALL_SET) {
                features[i] = distinctByMarks(rng, k);
            }
        }
        for (int i = 0; i < BATCH; i++) {
            values[i] = new float[counts[i]];
            for (int e = 0; e < counts[i]; e++) {
                values[i][e] = (float) rng.uniform(-1.0, 1.0);
            }
        }
    }

    /** Each draw after the first redrawn while it equals one already placed; the result ascending. */
    private static int[] distinctByRedraw(Rng rng, int[] drawn) {
        int[] placed = new int[drawn.length];
        placed[0] = drawn[0];
        for (int e = 1; e < drawn.length; e++) {
            int j = drawn[e];
            while (contains(placed, e, j)) {
                j = rng.nextInt(N);
            }
            placed[e] = j;
        }
        Arrays.sort(placed);
        return placed;
    }

    /** k distinct features by marking: k of them, or the n − k left out when fewer, drawn until distinct. */
    private static int[] distinctByMarks(Rng rng, int k) {
        boolean complement = k > N / 2;
        int toMark = complement ? N - k : k;
        boolean[] marked = new boolean[N];
        for (int count = 0; count < toMark; ) {
            int j = rng.nextInt(N);
            if (!marked[j]) {
                marked[j] = true;
                count++;
            }
        }
        int[] result = new int[k];
        int e = 0;
        for (int j = 0; j < N; j++) {
            if (marked[j] != complement) {
                result[e++] = j;
            }
        }
        return result;
    }

    private static boolean contains(int[] a, int length, int x) {
        for (int i = 0; i < length; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }
}
