package org.ccsweep.model.task.cc.net;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.Embedding;

/**
 * The residual model of Braun et al. (science.md section 3), row vectors, no biases:
 * <pre>
 *   r  = x · W_E                          (1 × dEmbed)
 *   r' = r + ReLU(r · W_in) · W_out
 *   ŷ  = r' · W_Eᵀ                        (1 × nFeatures)
 *   y  = x + ReLU(x)
 * </pre>
 * with W_E ∈ R^{nFeatures × dEmbed} fixed ({@link Embedding}), W_in ∈ R^{dEmbed × dMlp} and
 * W_out ∈ R^{dMlp × dEmbed} trained, all row-major float arrays.
 *
 * <p><b>Equivalence with the simplified model.</b> With the effective weights A = W_E · W_in (n × d)
 * and B = W_out · W_Eᵀ (d × n), r · W_in = x · A and ŷ = ReLU(x · A) · B + x · W_E W_Eᵀ, so
 * <pre>
 *   ŷ − y = ReLU(x · A) · B − [ReLU(x) + x · Mᵀ],   M = I − W_E W_Eᵀ (symmetric)
 * </pre>
 * which is exactly the residual of the simplified model (A, B) on labels with this M at scale
 * |s| = 1. The identity is exact for every input, so every loss of the residual model (per batch, per
 * sample, the whole profile L(p)) is that of the simplified model (A, B, M): it is evaluated through
 * {@link #effectiveWIn}, {@link #effectiveWOut} and {@link #mixing}. Only the parametrisation, and so
 * the training dynamics, differ.
 */
public final class ResidualModel {
    private final int nFeatures;
    private final int dMlp;
    private final int dEmbed;
    private final float[] wE;
    private final float[] mixing;
    private final float[] wIn;
    private final float[] wOut;

    private ResidualModel(int nFeatures, int dMlp, int dEmbed, float[] wE, float[] mixing, float[] wIn,
            float[] wOut) {
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        this.dEmbed = dEmbed;
        this.wE = wE;
        this.mixing = mixing;
        this.wIn = wIn;
        this.wOut = wOut;
    }

    /**
     * W_E from the mixing stream exactly as the {@code EMBEDDING} mixing kind draws it (so the same
     * stream gives the same W_E), M = I − W_E W_Eᵀ in double with its diagonal exactly 0, then
     * PyTorch's default init from the init stream (kaiming_uniform, fan_in = cols): W_in ~
     * U(±1/√dMlp), then W_out ~ U(±1/√dEmbed), both drawn row by row.
     */
    public static ResidualModel init(int nFeatures, int dMlp, int dEmbed, Rng mixingRng, Rng initRng) {
        double[] embedding = Embedding.draw(nFeatures, dEmbed, mixingRng);
        double[] residualMixing = Embedding.residualMixing(embedding, nFeatures, dEmbed);
        float[] mixing = new float[residualMixing.length];
        for (int i = 0; i < mixing.length; i++) {
            mixing[i] = (float) residualMixing[i];
        }
        float[] wE = new float[embedding.length];
        for (int i = 0; i < wE.length; i++) {
            wE[i] = (float) embedding[i];
        }
        float[] wIn = SimplifiedModel.kaimingUniform(dEmbed, dMlp, initRng);
        float[] wOut = SimplifiedModel.kaimingUniform(dMlp, dEmbed, initRng);
        return new ResidualModel(nFeatures, dMlp, dEmbed, wE, mixing, wIn, wOut);
    }

    public int nFeatures() {
        return nFeatures;
    }

    public int dMlp() {
        return dMlp;
    }

    public int dEmbed() {
        return dEmbed;
    }

    /** W_E, nFeatures × dEmbed row-major; the live array, never trained. */
    public float[] wE() {
        return wE;
    }

    /** W_in, dEmbed × dMlp row-major; the live array that the trainer updates. */
    public float[] wIn() {
        return wIn;
    }

    /** W_out, dMlp × dEmbed row-major; the live array that the trainer updates. */
    public float[] wOut() {
        return wOut;
    }

    /** M = I − W_E W_Eᵀ, nFeatures × nFeatures row-major, diagonal exactly 0; a copy. */
    public float[] mixing() {
        return mixing.clone();
    }

    /** A = W_E · W_in, nFeatures × dMlp row-major, summed in double; a new array. */
    public float[] effectiveWIn() {
        float[] a = new float[nFeatures * dMlp];
        for (int i = 0; i < nFeatures; i++) {
            for (int c = 0; c < dMlp; c++) {
                double sum = 0.0;
                for (int k = 0; k < dEmbed; k++) {
                    sum += (double) wE[i * dEmbed + k] * wIn[k * dMlp + c];
                }
                a[i * dMlp + c] = (float) sum;
            }
        }
        return a;
    }

    /** B = W_out · W_Eᵀ, dMlp × nFeatures row-major, summed in double; a new array. */
    public float[] effectiveWOut() {
        float[] b = new float[dMlp * nFeatures];
        for (int c = 0; c < dMlp; c++) {
            for (int j = 0; j < nFeatures; j++) {
                double sum = 0.0;
                for (int k = 0; k < dEmbed; k++) {
                    sum += (double) wOut[c * dEmbed + k] * wE[j * dEmbed + k];
                }
                b[c * nFeatures + j] = (float) sum;
            }
        }
        return b;
    }
}
