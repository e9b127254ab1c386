package org.ccsweep.model.task.cc.baselines;

/**
 * The linear map that the labels apply, in the row-vector convention of the model
 * ŷ = ReLU(x · W_in) · W_out: for x ≥ 0 the label y = ReLU(x) + x · M_sᵀ equals x · T with
 * T = I + M_sᵀ (n × n). A model's linear part x ↦ x · W_in · W_out therefore aims at T, and the
 * factorisation baselines approximate T ≈ W_in · W_out. (T = (I + M_s)ᵀ: for symmetric M the
 * transpose is moot; for asymmetric M it decides which of input l and output j an entry couples.)
 */
public final class LinearTarget {

    private LinearTarget() {
    }

    /** T = I + M_sᵀ, row-major n × n, from M_s row-major n × n. */
    public static double[] of(int nFeatures, float[] mixingScaled) {
        if (mixingScaled.length != nFeatures * nFeatures) {
            throw new IllegalArgumentException("mixingScaled must hold nFeatures² = " + nFeatures * nFeatures
                    + " entries, got " + mixingScaled.length);
        }
        double[] t = new double[nFeatures * nFeatures];
        for (int l = 0; l < nFeatures; l++) {
            for (int j = 0; j < nFeatures; j++) {
                t[l * nFeatures + j] = mixingScaled[j * nFeatures + l] + (l == j ? 1.0 : 0.0);
            }
        }
        return t;
    }
}
