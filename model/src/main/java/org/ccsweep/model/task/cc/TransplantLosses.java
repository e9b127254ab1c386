package org.ccsweep.model.task.cc;

import java.io.Serializable;
import org.ccsweep.model.eval.Estimate;

/**
 * L/p at p_train of a transplant run at its phase ends ({@link org.ccsweep.model.task.cc.train.Transplant}).
 *
 * @param noisyEnd   phase 1's weights on the noisy labels, after spec.steps()
 * @param cleanStart the same weights on clean labels: the switch
 * @param cleanEnd   phase 2's weights on clean labels, after spec.steps() + spec.transplantSteps()
 */
public record TransplantLosses(Estimate noisyEnd, Estimate cleanStart, Estimate cleanEnd) implements Serializable {
}
