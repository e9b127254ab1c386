package org.ccsweep.model.task.cc.train;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ccsweep.model.eval.Estimate;

/**
 * What {@link Transplant} returns.
 *
 * @param noisy      phase 1 on the noisy labels: curve steps 1..T₁
 * @param clean      phase 2 on the clean labels: curve steps T₁ + 1..T₁ + T₂, sigma 0
 * @param noisyEnd   L/p at p_train of phase 1's weights on the noisy labels
 * @param cleanStart L/p at p_train of phase 1's weights on the clean labels (the switch)
 * @param cleanEnd   L/p at p_train of phase 2's weights on the clean labels
 * @param wIn        the final W_in, n × d row-major
 * @param wOut       the final W_out, d × n row-major
 */
public record TransplantResult(TrainingResult noisy, TrainingResult clean, Estimate noisyEnd, Estimate cleanStart,
        Estimate cleanEnd, float[] wIn, float[] wOut) {

    /** Both phases as one training result: phase 1's curve then phase 2's, sigma and final loss of phase 2. */
    public TrainingResult whole() {
        int[] steps = IntStream.concat(Arrays.stream(noisy.curveSteps()), Arrays.stream(clean.curveSteps())).toArray();
        double[] loss = new double[noisy.curveLoss().length + clean.curveLoss().length];
        System.arraycopy(noisy.curveLoss(), 0, loss, 0, noisy.curveLoss().length);
        System.arraycopy(clean.curveLoss(), 0, loss, noisy.curveLoss().length, clean.curveLoss().length);
        return new TrainingResult(clean.sigma(), steps, loss, clean.finalLoss());
    }
}
