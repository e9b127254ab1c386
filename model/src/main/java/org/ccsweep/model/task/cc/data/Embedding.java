package org.ccsweep.model.task.cc.data;

import org.ccsweep.model.run.Rng;

/**
 * The fixed embedding W_E ∈ R^{nFeatures × dEmbed} of Braun et al. (science.md sections 2 and 3): iid
 * N(0, 1) entries drawn row by row from the given stream, each row then scaled to unit length. The
 * {@code EMBEDDING} mixing kind and the residual model both draw it here, so one mixing stream gives
 * both the same W_E.
 */
public final class Embedding {
    private Embedding() {
    }

    /** W_E, nFeatures × dEmbed row-major, in double; rows of unit length. */
    public static double[] draw(int nFeatures, int dEmbed, Rng rng) {
        double[] wE = new double[nFeatures * dEmbed];
        for (int i = 0; i < wE.length; i++) {
            wE[i] = rng.nextGaussian();
        }
        for (int i = 0; i < nFeatures; i++) {
            double norm = Math.sqrt(dot(wE, i * dEmbed, wE, i * dEmbed, dEmbed));
            for (int k = 0; k < dEmbed; k++) {
                wE[i * dEmbed + k] /= norm;
            }
        }
        return wE;
    }

    /**
     * The overlaps G = W_E W_Eᵀ (nFeatures × nFeatures row-major) with the diagonal set to exactly 1,
     * the value it has before rounding.
     */
    public static double[] overlaps(double[] wE, int nFeatures, int dEmbed) {
        double[] g = new double[nFeatures * nFeatures];
        for (int i = 0; i < nFeatures; i++) {
            for (int j = 0; j < nFeatures; j++) {
                g[i * nFeatures + j] = i == j ? 1.0 : dot(wE, i * dEmbed, wE, j * dEmbed, dEmbed);
            }
        }
        return g;
    }

    /**
     * The mixing matrix the residual stream induces, M = I − W_E W_Eᵀ (nFeatures × nFeatures row-major,
     * diagonal exactly 0): with it the residual model's error equals the simplified model's
     * (see {@code net.ResidualModel}), so this is the sign the {@code EMBEDDING} kind must use.
     */
    public static double[] residualMixing(double[] wE, int nFeatures, int dEmbed) {
        double[] m = overlaps(wE, nFeatures, dEmbed);
        for (int i = 0; i < m.length; i++) {
            m[i] = i % (nFeatures + 1) == 0 ? 0.0 : -m[i];
        }
        return m;
    }

    private static double dot(double[] a, int aFrom, double[] b, int bFrom, int length) {
        double sum = 0.0;
        for (int k = 0; k < length; k++) {
            sum += a[aFrom + k] * b[bFrom + k];
        }
        return sum;
    }
}
