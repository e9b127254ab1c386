package org.ccsweep.model.baselines;

/**
 * The naive baseline (science.md, section 6): represent {@code dMlp} of the {@code nFeatures}
 * features perfectly and output 0 for the rest. W_in[i, i] = 1 and W_out[i, i] = 1 for i &lt; dMlp,
 * zeros elsewhere, so ŷ_i = ReLU(x_i) for i &lt; dMlp and ŷ_i = 0 otherwise.
 *
 * @param nFeatures n
 * @param dMlp      d
 * @param wIn       n × d, row-major
 * @param wOut      d × n, row-major
 */
public record NaiveModel(int nFeatures, int dMlp, float[] wIn, float[] wOut) {

    public NaiveModel {
        if (wIn.length != nFeatures * dMlp || wOut.length != dMlp * nFeatures) {
            throw new IllegalArgumentException("weights must hold nFeatures · dMlp = " + nFeatures * dMlp + " entries");
        }
    }

    public static NaiveModel of(int nFeatures, int dMlp) {
        if (dMlp < 1 || dMlp > nFeatures) {
            throw new IllegalArgumentException("dMlp must be in [1, nFeatures = " + nFeatures + "], got " + dMlp);
        }
        float[] wIn = new float[nFeatures * dMlp];
        float[] wOut = new float[dMlp * nFeatures];
        for (int i = 0; i < dMlp; i++) {
            wIn[i * dMlp + i] = 1f;
            wOut[i * nFeatures + i] = 1f;
        }
        return new NaiveModel(nFeatures, dMlp, wIn, wOut);
    }

    /**
     * L/p of the naive model for M = 0: each of the n − d dropped features, when active, costs
     * E[ReLU(x)²] = 1/6 summed over outputs, and the loss averages over n outputs, so
     * L/p = (n − d) / (6n), which is 1/12 for n = 100, d = 50.
     */
    public static double analyticLossPerFeature(int nFeatures, int dMlp) {
        return (nFeatures - dMlp) / (6.0 * nFeatures);
    }
}
