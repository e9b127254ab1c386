package org.ccsweep.model.eval;

import java.io.Serializable;

/**
 * A model's loss as a function of the evaluation feature probability p_eval.
 *
 * @param pEval          the grid, ascending
 * @param loss           L(p) = E[mean over outputs of (ŷ − y)²] at each p_eval
 * @param lossPerFeature L/p, the paper's headline metric
 * @param stderr         standard error of {@code lossPerFeature} (0 where the value is exact)
 */
public record LossProfile(double[] pEval, double[] loss, double[] lossPerFeature, double[] stderr)
        implements Serializable {

    public LossProfile {
        int n = pEval.length;
        if (loss.length != n || lossPerFeature.length != n || stderr.length != n) {
            throw new IllegalArgumentException("profile arrays differ in length");
        }
    }

    public int size() {
        return pEval.length;
    }
}
