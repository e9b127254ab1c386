package org.ccsweep.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rng's bulk draws give exactly the numbers of as many one-number calls, and leave the generator
 * where those calls would: through {@link Rng}'s public methods (the vector path where this CPU has
 * 512-bit vectors, the scalar loops elsewhere) and through {@link RngVectors} itself, which runs on
 * any CPU once the module is there (slowly without AVX-512), so the vector code is checked on every
 * machine. Counts below, at and past a block of 8, at an offset; bounds whose Lemire draws are
 * rejected a third of the time; tables whose search goes past the branch-free entries, and a table
 * whose entries are exactly some of the drawn uniforms (u ≥ c at equality).
 */
class RngBulkTest {
    private static final int[] COUNTS = {0, 1, 7, 8, 9, 16, 17, 63, 2049};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0L, 1L, -7L, 0x5DEECE66DL})
    void floatsAreTheOneAtATimeUniforms(long seed) {
        double[][] ranges = {{-1.0, 1.0}, {0.0, 1.0}, {-3.5, 2.25}};
        for (double[] range : ranges) {
            for (int count : COUNTS) {
                float[] expected = new float[count + 3];
                Rng reference = new Rng(seed);
                for (int i = 0; i < count; i++) {
                    expected[3 + i] = (float) reference.uniform(range[0], range[1]);
                }
                long next = reference.nextLong();
                float[] bulk = new float[count + 3];
                Rng viaRng = new Rng(seed);
                viaRng.nextFloats(bulk, 3, count, range[0], range[1]);
                assertSame(bulk, expected, viaRng, next);

                float[] vector = new float[count + 3];
                Rng viaVectors = new Rng(seed);
                int done = RngVectors.floats(viaVectors, vector, 3, count, range[0], range[1]);
                assertThat(done).isEqualTo(count - count % 16);
                for (int e = 3 + done; e < 3 + count; e++) {
                    vector[e] = (float) viaVectors.uniform(range[0], range[1]);
                }
                assertSame(vector, expected, viaVectors, next);
            }
        }
    }

    @ParameterizedTest(name = "bound {0}")
    @ValueSource(ints = {1, 2, 100, 1_500_000_000, Integer.MAX_VALUE})
    void intsAreTheOneAtATimeDrawsWithTheirRejections(int bound) {
        for (int count : COUNTS) {
            int[] expected = new int[count + 3];
            Rng reference = new Rng(bound);
            for (int i = 0; i < count; i++) {
                expected[3 + i] = reference.nextInt(bound);
            }
            int[] bulk = new int[count + 3];
            Rng viaRng = new Rng(bound);
            viaRng.nextInts(bulk, 3, count, bound);
            assertThat(bulk).isEqualTo(expected);
            assertThat(viaRng.nextLong()).as("generator left where the calls leave it").isEqualTo(reference.nextLong());

            int[] vector = new int[count + 3];
            Rng viaVectors = new Rng(bound);
            int done = RngVectors.ints(viaVectors, vector, 3, count, bound);
            assertThat(done).isEqualTo(count - count % 8);
            for (int e = 3 + done; e < 3 + count; e++) {
                vector[e] = viaVectors.nextInt(bound);
            }
            assertThat(vector).isEqualTo(expected);
            assertThat(viaVectors.nextLong()).isEqualTo(afterInts(bound, count));
        }
        if (bound == 1_500_000_000) {
            Rng plain = new Rng(bound);
            for (int i = 0; i < 2049; i++) {
                plain.nextLong();
            }
            assertThat(plain.nextLong()).as("2049 draws of this bound reject some").isNotEqualTo(afterInts(bound, 2049));
        }
    }

    @ParameterizedTest(name = "table {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void inverseCdfIsTheOneAtATimeSearch(int table) {
        double[] cdf = table(table);
        int counted = Rng.countedWithoutBranches(cdf);
        for (int count : COUNTS) {
            int[] expected = new int[count + 3];
            Rng reference = new Rng(table);
            for (int i = 0; i < count; i++) {
                double u = reference.nextDouble();
                int k = 0;
                while (u >= cdf[k]) {
                    k++;
                }
                expected[3 + i] = k;
            }
            int[] bulk = new int[count + 3];
            Rng viaRng = new Rng(table);
            viaRng.nextInverseCdf(cdf, bulk, 3, count);
            assertThat(bulk).isEqualTo(expected);
            assertThat(viaRng.nextLong()).isEqualTo(reference.nextLong());

            int[] vector = new int[count + 3];
            Rng viaVectors = new Rng(table);
            int done = RngVectors.inverseCdf(viaVectors, cdf, counted, vector, 3, count);
            assertThat(done).isEqualTo(count - count % 8);
            for (int e = 3 + done; e < 3 + count; e++) {
                vector[e] = Rng.search(cdf, viaVectors.nextDouble(), 0);
            }
            assertThat(vector).isEqualTo(expected);
            assertThat(viaVectors.nextLong()).isEqualTo(afterDoubles(table, count));
        }
        int[] all = new int[2049];
        new Rng(table).nextInverseCdf(cdf, all, 0, all.length);
        assertThat(Arrays.stream(all).max().orElseThrow())
                .as("some draws take the search past the %d branch-free entries", counted)
                .isGreaterThanOrEqualTo(Math.max(counted, 1));
    }

    /**
     * 0: sparse binomial-like (most k = 0, 1); 1: geometric, search past 9 branch-free entries;
     * 2: uniform over 20, 16 entries branch-free and a search for a fifth of draws; 3: flat stretches
     * and a first entry past 0.99 (no branch-free entry); 4: the first 8 uniforms of seed 4 as
     * entries, so that draws meet them with equality.
     */
    private static double[] table(int which) {
        switch (which) {
            case 0:
                return new double[] {0.366, 0.736, 0.92, 0.98, 0.9966, 1.0};
            case 1: {
                double[] cdf = new double[30];
                for (int k = 0; k < 29; k++) {
                    cdf[k] = 1.0 - Math.pow(0.6, k + 1);
                }
                cdf[29] = 1.0;
                return cdf;
            }
            case 2: {
                double[] cdf = new double[20];
                for (int k = 0; k < 20; k++) {
                    cdf[k] = (k + 1) / 20.0;
                }
                return cdf;
            }
            case 3:
                return new double[] {0.995, 0.995, 0.999, 1.0};
            default: {
                Rng rng = new Rng(which);
                double[] cdf = new double[9];
                for (int k = 0; k < 8; k++) {
                    cdf[k] = rng.nextDouble();
                }
                Arrays.sort(cdf, 0, 8);
                cdf[8] = 1.0;
                return cdf;
            }
        }
    }

    private static void assertSame(float[] actual, float[] expected, Rng after, long next) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(Float.floatToRawIntBits(actual[i])).as("element %d", i)
                    .isEqualTo(Float.floatToRawIntBits(expected[i]));
        }
        assertThat(after.nextLong()).as("generator left where the calls leave it").isEqualTo(next);
    }

    /** The draw after {@code count} nextInt(bound) calls from seed {@code bound}. */
    private static long afterInts(int bound, int count) {
        Rng rng = new Rng(bound);
        for (int i = 0; i < count; i++) {
            rng.nextInt(bound);
        }
        return rng.nextLong();
    }

    /** The draw after {@code count} nextDouble calls from the seed. */
    private static long afterDoubles(long seed, int count) {
        Rng rng = new Rng(seed);
        for (int i = 0; i < count; i++) {
            rng.nextDouble();
        }
        return rng.nextLong();
    }
}
