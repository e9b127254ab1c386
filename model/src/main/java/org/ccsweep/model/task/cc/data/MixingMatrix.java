package org.ccsweep.model.task.cc.data;

import org.ccsweep.model.run.Rng;

/**
 * Builds the unscaled mixing matrix M (n × n, row-major) of the labels y = ReLU(x) + x · (|s| M)ᵀ
 * (science.md section 2). Every kind draws only from the given stream, in a fixed order, and
 * computes in double precision before rounding to float once.
 */
public final class MixingMatrix {
    private MixingMatrix() {
    }

    /**
     * @param kind      the kind of M
     * @param nFeatures n
     * @param dEmbed    width of W_E for {@link MixingKind#EMBEDDING}
     * @param lowRank   options for {@link MixingKind#LOW_RANK}, ignored otherwise
     * @param rng       the mixing stream
     * @return M, n × n, row-major: M[i][j] at {@code i * n + j}
     */
    public static float[] build(MixingKind kind, int nFeatures, int dEmbed, LowRankOptions lowRank, Rng rng) {
        double[] m = switch (kind) {
            case CLEAN -> new double[nFeatures * nFeatures];
            case ASYMMETRIC -> gaussian(nFeatures * nFeatures, rng);
            case SYMMETRIC -> symmetrise(gaussian(nFeatures * nFeatures, rng), nFeatures);
            case EMBEDDING -> embedding(nFeatures, dEmbed, rng);
            case LOW_RANK -> lowRank(nFeatures, lowRank, rng);
        };
        float[] out = new float[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = (float) m[i];
        }
        return out;
    }

    private static double[] gaussian(int size, Rng rng) {
        double[] g = new double[size];
        for (int i = 0; i < size; i++) {
            g[i] = rng.nextGaussian();
        }
        return g;
    }

    /** M ← triu(M) + triu(M, 1)ᵀ: the lower triangle mirrors the upper one, in place. */
    private static double[] symmetrise(double[] m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                m[i * n + j] = m[j * n + i];
            }
        }
        return m;
    }

    /**
     * M = I − W_E W_Eᵀ with W_E from {@link Embedding#draw}; the diagonal is exactly 0. science.md
     * section 2 writes W_E W_Eᵀ − I, but the residual model of section 3 is equivalent to the simplified
     * model with I − W_E W_Eᵀ (ResidualModelTest), and M_s = |s| M cannot flip the sign.
     */
    private static double[] embedding(int n, int dEmbed, Rng rng) {
        return Embedding.residualMixing(Embedding.draw(n, dEmbed, rng), n, dEmbed);
    }

    /**
     * M = U Vᵀ with U, V ∈ R^{n × r} iid N(0, 1) (U drawn first, then V unless tied), optionally with
     * orthonormal columns (modified Gram–Schmidt), then optionally zero diagonal, then optionally
     * symmetrised.
     */
    private static double[] lowRank(int n, LowRankOptions options, Rng rng) {
        int r = options.rank();
        if (r > n) {
            throw new IllegalArgumentException("low-rank rank " + r + " exceeds nFeatures " + n);
        }
        double[] u = gaussian(n * r, rng);
        double[] v = options.tied() ? u : gaussian(n * r, rng);
        if (options.orthonormal()) {
            orthonormaliseColumns(u, n, r);
            if (v != u) {
                orthonormaliseColumns(v, n, r);
            }
        }
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * n + j] = dot(u, i * r, v, j * r, r);
            }
        }
        if (options.zeroDiagonal()) {
            for (int i = 0; i < n; i++) {
                m[i * n + i] = 0.0;
            }
        }
        return options.symmetrise() ? symmetrise(m, n) : m;
    }

    /** Modified Gram–Schmidt on the r columns of the row-major n × r matrix a, in place. */
    private static void orthonormaliseColumns(double[] a, int n, int r) {
        for (int c = 0; c < r; c++) {
            for (int prev = 0; prev < c; prev++) {
                double proj = 0.0;
                for (int i = 0; i < n; i++) {
                    proj += a[i * r + c] * a[i * r + prev];
                }
                for (int i = 0; i < n; i++) {
                    a[i * r + c] -= proj * a[i * r + prev];
                }
            }
            double norm = 0.0;
            for (int i = 0; i < n; i++) {
                norm += a[i * r + c] * a[i * r + c];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                a[i * r + c] /= norm;
            }
        }
    }

    private static double dot(double[] a, int aFrom, double[] b, int bFrom, int length) {
        double sum = 0.0;
        for (int k = 0; k < length; k++) {
            sum += a[aFrom + k] * b[bFrom + k];
        }
        return sum;
    }
}
