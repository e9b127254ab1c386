package org.ccsweep.model.task.uand;

import java.io.Serializable;
import java.util.List;
import org.ccsweep.model.eval.LossProfile;

/**
 * What one successful U-AND run produced. For a bisection run the network is d_min's (or model.d-mlp's when
 * no width reached the target), and so are its curve, profile and metrics.
 *
 * @param run               the run
 * @param finalTrainLoss    mean training loss over the last curve window
 * @param trainSeconds      wall time of training (every probe's, for a bisection)
 * @param evalSeconds       wall time of the metrics, the ridge fit and the profile
 * @param curveSteps        last step (1-based) of each curve window
 * @param curveLoss         mean training loss over each window
 * @param profile           the training objective per feature over eval.p ({@link Profile})
 * @param metrics           the trained read-off's errors, then the ridge read-off's where the run fits one
 * @param naiveReference    L/p at p_train of the network that outputs 0 everywhere ({@link UandExecutor#naiveReference})
 * @param dMin              a bisection's least width reaching the target; null when none did or for other runs
 * @param probes            a bisection's probes in order; empty for other runs
 */
public record UandResult(UandRun run, double finalTrainLoss, double trainSeconds, double evalSeconds, int[] curveSteps,
                         double[] curveLoss, LossProfile profile, List<ReadoffMetrics> metrics, double naiveReference,
                         Integer dMin, List<Probe> probes) implements Serializable {
    public UandResult {
        metrics = List.copyOf(metrics);
        probes = List.copyOf(probes);
    }
}
