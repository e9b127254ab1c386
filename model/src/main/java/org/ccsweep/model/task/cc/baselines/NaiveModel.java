package org.ccsweep.model.task.cc.baselines;

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

    /**
     * L/p of the naive model on labels y = ReLU(x) + x · M_sᵀ, exactly, at every p of Bernoulli inputs
     * and on exactly-one inputs alike. The error on output j is e_j = −[j ≥ d] ReLU(x_j) − Σ_l M_s[j, l] x_l;
     * features are independent with E[x_l] = 0, E[x_l²] = p/3 and E[x_j ReLU(x_j)] = E[ReLU(x_j)²] = p/6, so
     * E[e_j²] = p · ([j ≥ d] (1 + 2 M_s[j, j]) / 6 + Σ_l M_s[j, l]² / 3) and, averaged over the n outputs,
     * L/p = (n − d)/(6n) + (Σ_{j ≥ d} M_s[j, j] + ‖M_s‖²_F) / (3n). The model has no interference between
     * features, so L/p does not depend on p; with M_s ≠ 0 it lies above {@link #analyticLossPerFeature}
     * by the mixing term the naive model leaves unpredicted.
     *
     * @param mixingScaled M_s, n × n row-major
     */
    public static double lossPerFeature(int nFeatures, int dMlp, float[] mixingScaled) {
        if (mixingScaled.length != nFeatures * nFeatures) {
            throw new IllegalArgumentException("mixingScaled must hold nFeatures² = " + nFeatures * nFeatures
                    + " entries, got " + mixingScaled.length);
        }
        double diagonal = 0.0;
        for (int j = dMlp; j < nFeatures; j++) {
            diagonal += mixingScaled[j * nFeatures + j];
        }
        double squares = 0.0;
        for (float m : mixingScaled) {
            squares += (double) m * m;
        }
        return analyticLossPerFeature(nFeatures, dMlp) + (diagonal + squares) / (3.0 * nFeatures);
    }
}
