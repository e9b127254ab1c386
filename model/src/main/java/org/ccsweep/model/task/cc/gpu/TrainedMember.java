package org.ccsweep.model.task.cc.gpu;

import org.ccsweep.model.task.cc.train.TrainingResult;
import org.ccsweep.model.train.DivergedException;

/**
 * A member of a {@link GpuGroup} after training: its final weights and {@link TrainingResult} (final s,
 * thinned curve, final window's loss), or the divergence that stopped it (then the rest is null).
 *
 * @param wIn  final W_in, n × d row-major
 * @param wOut final W_out, d × n row-major
 */
public record TrainedMember(float[] wIn, float[] wOut, TrainingResult training, DivergedException diverged) {
    static TrainedMember trained(float[] wIn, float[] wOut, TrainingResult training) {
        return new TrainedMember(wIn, wOut, training, null);
    }

    static TrainedMember diverged(DivergedException diverged) {
        return new TrainedMember(null, null, null, diverged);
    }
}
