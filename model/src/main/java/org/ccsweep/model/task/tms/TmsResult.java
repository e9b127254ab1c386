package org.ccsweep.model.task.tms;

import java.io.Serializable;
import org.ccsweep.model.eval.LossProfile;

/**
 * What one successful TMS run produced.
 *
 * @param run            the run
 * @param finalTrainLoss mean training loss over the last curve window
 * @param trainSeconds   wall time of training
 * @param evalSeconds    wall time of the profile and the geometry
 * @param curveSteps     last step (1-based) of each curve window
 * @param curveLoss      mean training loss over each window
 * @param profile        L/p over the run's p_eval grid
 * @param w              the final W, n × m row-major (row i = W_i)
 * @param b              the final b, n
 * @param geometry       norms, dimensionalities and D* of the final W
 */
public record TmsResult(TmsRun run, double finalTrainLoss, double trainSeconds, double evalSeconds, int[] curveSteps,
                        double[] curveLoss, LossProfile profile, float[] w, float[] b, TmsGeometry geometry)
        implements Serializable {
}
