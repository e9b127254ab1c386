package org.ccsweep.model.task.cc;

import java.io.Serializable;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.task.cc.TransplantLosses;
import org.ccsweep.model.task.cc.analysis.RunAnalyses;

/**
 * What one successful run produced.
 *
 * @param spec           the run
 * @param finalSigma     the scale s at the end of training (= spec.sigma() unless learnt)
 * @param finalTrainLoss mean training loss over the last curve window
 * @param trainSeconds   wall time of training
 * @param evalSeconds    wall time of the loss profile
 * @param curveSteps     last step (1-based) of each curve window
 * @param curveLoss      mean training loss over each window
 * @param profile        loss profile over spec.evalP()
 * @param oneActiveLossPerFeature n · E[loss | exactly one active feature] on the profile's labels, exact: the
 *                       exactly-one task's L/p (its loss at p = 1/n) and the limit of the profile's L/p as p → 0
 * @param naiveLossPerFeature L/p of the naive model on the profile's labels ({@link
 *                       org.ccsweep.model.task.cc.baselines.NaiveModel#lossPerFeature}), the same at every p
 * @param wIn            W_in, n × d, row-major
 * @param wOut           W_out, d × n, row-major
 * @param mixing         the unscaled M, n × n, row-major
 * @param transplant     L/p at the phase ends of a transplant run; null for other runs
 * @param analyses       the analyses of the final model when spec.analysis(); null otherwise
 */
public record CcResult(
        CcRun spec,
        double finalSigma,
        double finalTrainLoss,
        double trainSeconds,
        double evalSeconds,
        int[] curveSteps,
        double[] curveLoss,
        LossProfile profile,
        double oneActiveLossPerFeature,
        double naiveLossPerFeature,
        float[] wIn,
        float[] wOut,
        float[] mixing,
        TransplantLosses transplant,
        RunAnalyses analyses) implements Serializable {

    /** This result with the analyses of its final model against M_s = |finalSigma| · M. */
    public CcResult withAnalyses() {
        RunAnalyses computed = RunAnalyses.of(spec.nFeatures(), spec.dMlp(), wIn, wOut, mixing, finalSigma);
        return new CcResult(spec, finalSigma, finalTrainLoss, trainSeconds, evalSeconds, curveSteps, curveLoss,
                profile, oneActiveLossPerFeature, naiveLossPerFeature, wIn, wOut, mixing, transplant, computed);
    }
}
