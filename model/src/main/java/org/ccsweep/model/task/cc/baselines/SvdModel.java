package org.ccsweep.model.task.cc.baselines;

import org.ccsweep.model.task.cc.analysis.Matrices;
import org.ccsweep.model.task.cc.analysis.Svd;

/**
 * The SVD baseline (science.md, section 7): the best rank-d factorisation of the labels' linear map
 * T = I + M_sᵀ ({@link LinearTarget}). With T = U S Vᵀ (descending), the split is balanced:
 * W_in = U_d · sqrt(S_d) (n × d) and W_out = sqrt(S_d) · V_dᵀ (d × n), so W_in · W_out is T's rank-d
 * truncation (Eckart–Young: ‖T − W_in W_out‖_F² = Σ_{i ≥ d} σ_i²) and W_inᵀ W_in = W_out W_outᵀ = S_d.
 * Computed in double, stored as float.
 *
 * @param nFeatures n
 * @param dMlp      d
 * @param wIn       n × d, row-major
 * @param wOut      d × n, row-major
 */
public record SvdModel(int nFeatures, int dMlp, float[] wIn, float[] wOut) {

    public SvdModel {
        if (wIn.length != nFeatures * dMlp || wOut.length != dMlp * nFeatures) {
            throw new IllegalArgumentException("weights must hold nFeatures · dMlp = " + nFeatures * dMlp + " entries");
        }
    }

    /** The SVD model for M_s (n × n row-major, already scaled by |σ|). */
    public static SvdModel of(int nFeatures, int dMlp, float[] mixingScaled) {
        if (dMlp < 1 || dMlp > nFeatures) {
            throw new IllegalArgumentException("dMlp must be in [1, nFeatures = " + nFeatures + "], got " + dMlp);
        }
        Svd svd = Svd.of(LinearTarget.of(nFeatures, mixingScaled), nFeatures, nFeatures);
        double[] wIn = new double[nFeatures * dMlp];
        double[] wOut = new double[dMlp * nFeatures];
        for (int k = 0; k < dMlp; k++) {
            double root = Math.sqrt(svd.s()[k]);
            for (int i = 0; i < nFeatures; i++) {
                wIn[i * dMlp + k] = svd.u()[i * nFeatures + k] * root;
                wOut[k * nFeatures + i] = root * svd.v()[i * nFeatures + k];
            }
        }
        return new SvdModel(nFeatures, dMlp, Matrices.toFloat(wIn), Matrices.toFloat(wOut));
    }
}
