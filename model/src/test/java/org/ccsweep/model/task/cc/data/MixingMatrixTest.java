package org.ccsweep.model.task.cc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

class MixingMatrixTest {
    private static final int N = 100;

    private static float[] build(MixingKind kind, LowRankOptions options) {
        return MixingMatrix.build(kind, N, 1000, options, new Rng(5));
    }

    @Test
    void cleanIsZero() {
        assertThat(build(MixingKind.CLEAN, null)).containsOnly(0f);
    }

    @Test
    void asymmetricHasUnitStdAndIsNotSymmetric() {
        float[] m = build(MixingKind.ASYMMETRIC, null);
        // 10,000 iid N(0, 1): the sample std has SE 1/√20,000 = 0.007; allow 0.03.
        assertThat(std(m, false)).isCloseTo(1.0, within(0.03));
        double asymmetry = 0.0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                asymmetry += Math.abs(m[i * N + j] - m[j * N + i]);
            }
        }
        // E|G_ij − G_ji| = 2/√π ≈ 1.13 off the diagonal. G_ij − G_ji ~ N(0, 2), so |G_ij − G_ji| has variance
        // 2 − 4/π = 0.727; the 4,950 distinct pairs give the mean an SE of √(0.727 / 4950) = 0.012, and 0.05 is
        // 4.1 SE (measured at this seed: +0.036, 3.0 SE).
        assertThat(asymmetry / (N * (N - 1))).isCloseTo(2 / Math.sqrt(Math.PI), within(0.05));
    }

    @Test
    void symmetricIsSymmetricWithUnitStd() {
        float[] m = build(MixingKind.SYMMETRIC, null);
        assertSymmetric(m);
        // 5,050 independent entries: SE of the std ≈ 1/√10,100 = 0.01; allow 0.04.
        assertThat(std(m, false)).isCloseTo(1.0, within(0.04));
    }

    @Test
    void embeddingHasZeroDiagonalAndOffDiagonalStdOneOverSqrtDEmbed() {
        float[] m = build(MixingKind.EMBEDDING, null);
        assertSymmetric(m);
        for (int i = 0; i < N; i++) {
            assertThat(Math.abs(m[i * N + i])).isLessThan(1e-5f);
        }
        // Off-diagonal entries are cosines of random directions in R^1000: std 1/√1000 = 0.0316;
        // 4,950 distinct ones give a relative SE ≈ 1 %; allow 5 %.
        assertThat(std(m, true)).isCloseTo(1 / Math.sqrt(1000), within(0.05 / Math.sqrt(1000)));
    }

    @Test
    void lowRankHasRankR() {
        float[] m = build(MixingKind.LOW_RANK, new LowRankOptions(10, false, false, false, false));
        assertThat(rank(m)).isEqualTo(10);
    }

    @Test
    void orthonormalTiedLowRankIsAProjectionOfTraceR() {
        float[] m = build(MixingKind.LOW_RANK, new LowRankOptions(20, true, true, false, false));
        assertSymmetric(m);
        double trace = 0.0;
        for (int i = 0; i < N; i++) {
            trace += m[i * N + i];
            for (int j = 0; j < N; j++) {
                double square = 0.0;
                for (int k = 0; k < N; k++) {
                    square += (double) m[i * N + k] * m[k * N + j];
                }
                assertThat(square).as("(M²)[%d][%d]", i, j).isCloseTo(m[i * N + j], within(1e-5));
            }
        }
        assertThat(trace).isCloseTo(20.0, within(1e-4));
    }

    @Test
    void zeroDiagonalAndSymmetriseOptionsHold() {
        float[] m = build(MixingKind.LOW_RANK, new LowRankOptions(10, false, false, true, true));
        assertSymmetric(m);
        for (int i = 0; i < N; i++) {
            assertThat(m[i * N + i]).isZero();
        }
        assertThat(rank(m)).isGreaterThan(10);
    }

    @Test
    void sameStreamSameMatrix() {
        assertThat(build(MixingKind.SYMMETRIC, null)).containsExactly(build(MixingKind.SYMMETRIC, null));
    }

    private static void assertSymmetric(float[] m) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < i; j++) {
                assertThat(m[i * N + j]).as("M[%d][%d]", i, j).isEqualTo(m[j * N + i]);
            }
        }
    }

    private static double std(float[] m, boolean offDiagonalOnly) {
        double sum = 0.0;
        double sumSq = 0.0;
        int count = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                if (!offDiagonalOnly || i != j) {
                    sum += m[i * N + j];
                    sumSq += (double) m[i * N + j] * m[i * N + j];
                    count++;
                }
            }
        }
        double mean = sum / count;
        return Math.sqrt(sumSq / count - mean * mean);
    }

    /** Numerical rank by Gaussian elimination with full pivoting, pivots below 1e-4 · the first one. */
    private static int rank(float[] m) {
        double[][] a = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                a[i][j] = m[i * N + j];
            }
        }
        double first = 0.0;
        for (int r = 0; r < N; r++) {
            int pi = r;
            int pj = r;
            for (int i = r; i < N; i++) {
                for (int j = r; j < N; j++) {
                    if (Math.abs(a[i][j]) > Math.abs(a[pi][pj])) {
                        pi = i;
                        pj = j;
                    }
                }
            }
            double pivot = Math.abs(a[pi][pj]);
            if (r == 0) {
                first = pivot;
            }
            if (pivot < 1e-4 * first) {
                return r;
            }
            double[] row = a[pi];
            a[pi] = a[r];
            a[r] = row;
            for (double[] ai : a) {
                double t = ai[pj];
                ai[pj] = ai[r];
                ai[r] = t;
            }
            for (int i = r + 1; i < N; i++) {
                double f = a[i][r] / a[r][r];
                for (int j = r; j < N; j++) {
                    a[i][j] -= f * a[r][j];
                }
            }
        }
        return N;
    }
}
