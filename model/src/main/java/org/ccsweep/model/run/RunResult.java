package org.ccsweep.model.run;

import java.io.Serializable;
import org.ccsweep.model.eval.LossProfile;

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
 * @param wIn            W_in, n × d, row-major
 * @param wOut           W_out, d × n, row-major
 * @param mixing         the unscaled M, n × n, row-major
 */
public record RunResult(
        RunSpec spec,
        double finalSigma,
        double finalTrainLoss,
        double trainSeconds,
        double evalSeconds,
        int[] curveSteps,
        double[] curveLoss,
        LossProfile profile,
        float[] wIn,
        float[] wOut,
        float[] mixing) implements Serializable {
}
