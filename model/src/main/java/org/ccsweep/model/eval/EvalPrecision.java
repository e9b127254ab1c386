package org.ccsweep.model.eval;

import java.io.Serializable;
import org.ccsweep.model.task.cc.eval.LossEvaluator;

/**
 * How precisely a run's loss profile is measured by {@link LossEvaluator#profileToPrecision}: a pilot
 * of {@code pilotPerK} samples for every sampled active-feature count k ≥ 2, then strata topped up
 * until every p_eval point's relative standard error is at most {@code targetRelativeSe} or
 * {@code maxSamples} samples have been drawn in all (a missed target shows in the reported stderr).
 */
public record EvalPrecision(double targetRelativeSe, int pilotPerK, long maxSamples) implements Serializable {
    public EvalPrecision {
        if (!(targetRelativeSe > 0.0 && targetRelativeSe < 1.0)) {
            throw new IllegalArgumentException("targetRelativeSe must be in (0, 1), got " + targetRelativeSe);
        }
        if (pilotPerK < 2) {
            throw new IllegalArgumentException("pilotPerK must be ≥ 2, got " + pilotPerK);
        }
        if (maxSamples < pilotPerK) {
            throw new IllegalArgumentException("maxSamples must be ≥ pilotPerK, got " + maxSamples);
        }
    }
}
