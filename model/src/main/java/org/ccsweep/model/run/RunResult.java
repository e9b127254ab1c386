package org.ccsweep.model.run;

import java.io.Serializable;
import org.ccsweep.model.eval.LossProfile;

/**
 * What one successful run produced, in the terms every task shares, plus the task's own output, which
 * the table writer stores by the schemas without knowing the task.
 *
 * @param spec           the run
 * @param finalTrainLoss mean training loss over the last curve window
 * @param trainSeconds   wall time of training
 * @param evalSeconds    wall time of the evaluation
 * @param curveSteps     last step (1-based) of each curve window
 * @param curveLoss      mean training loss over each window
 * @param profile        the loss per feature over spec.evalP()
 * @param output         the task's own columns and rows
 */
public record RunResult(RunSpec spec, double finalTrainLoss, double trainSeconds, double evalSeconds,
                        int[] curveSteps, double[] curveLoss, LossProfile profile, TaskOutput output)
        implements Serializable {

    /** L/p at p_eval = p_train, the headline value; the expansion put p_train on every run's grid. */
    public double lossPerFeatureAtPTrain() {
        double[] p = profile.pEval();
        for (int i = 0; i < p.length; i++) {
            if (p[i] == spec.pTrain()) {
                return profile.lossPerFeature()[i];
            }
        }
        throw new IllegalStateException("run " + spec.id() + " has no profile point at p_train = " + spec.pTrain());
    }
}
