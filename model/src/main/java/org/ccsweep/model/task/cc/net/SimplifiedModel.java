package org.ccsweep.model.task.cc.net;

import org.ccsweep.model.run.Rng;

/**
 * The paper's simplified model ŷ = ReLU(x · W_in) · W_out without biases (science.md section 3),
 * W_in ∈ R^{nFeatures × dMlp} and W_out ∈ R^{dMlp × nFeatures}, both row-major float arrays that the
 * trainer updates in place.
 */
public final class SimplifiedModel {
    private final int nFeatures;
    private final int dMlp;
    private final float[] wIn;
    private final float[] wOut;

    public SimplifiedModel(int nFeatures, int dMlp, float[] wIn, float[] wOut) {
        if (wIn.length != nFeatures * dMlp || wOut.length != dMlp * nFeatures) {
            throw new IllegalArgumentException("W_in must be " + nFeatures + " × " + dMlp + " and W_out " + dMlp
                    + " × " + nFeatures + ", got " + wIn.length + " and " + wOut.length + " entries");
        }
        this.nFeatures = nFeatures;
        this.dMlp = dMlp;
        this.wIn = wIn;
        this.wOut = wOut;
    }

    /**
     * PyTorch's default init of a 2-D weight (kaiming_uniform with a = √5, fan_in = cols): W_in ~
     * U(−1/√dMlp, 1/√dMlp), then W_out ~ U(−1/√nFeatures, 1/√nFeatures), both drawn row by row.
     */
    public static SimplifiedModel init(int nFeatures, int dMlp, Rng rng) {
        float[] wIn = kaimingUniform(nFeatures, dMlp, rng);
        float[] wOut = kaimingUniform(dMlp, nFeatures, rng);
        return new SimplifiedModel(nFeatures, dMlp, wIn, wOut);
    }

    /** A rows × cols row-major matrix with iid entries U(−1/√cols, 1/√cols). */
    static float[] kaimingUniform(int rows, int cols, Rng rng) {
        double bound = 1.0 / Math.sqrt(cols);
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rng.uniform(-bound, bound);
        }
        return w;
    }

    public int nFeatures() {
        return nFeatures;
    }

    public int dMlp() {
        return dMlp;
    }

    /** W_in, n × d row-major; the live array. */
    public float[] wIn() {
        return wIn;
    }

    /** W_out, d × n row-major; the live array. */
    public float[] wOut() {
        return wOut;
    }
}
