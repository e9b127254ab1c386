package org.ccsweep.model.task.cc.gpu;

import java.util.List;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.train.Schedule;

/**
 * Simplified CC models (ŷ = ReLU(x · W_in) · W_out, W_in n × d, W_out d × n) that train together, step
 * for step, on one GPU ({@link CudaGroupTrainer}) or on the CPU by the same algorithm
 * ({@link ReferenceTrainer}): the recipe is the group's, the seed, σ and M each member's. Each member
 * trains as {@link org.ccsweep.model.task.cc.train.Trainer} trains one run: a fresh batch of
 * {@code batch} samples every step (labels y = ReLU(x) + |s| · x · Mᵀ), MSE over the B · n outputs,
 * AdamW as PyTorch's with lr_t from the group's {@link Schedule}, and the loss curve thinned to
 * {@code curvePoints} window means ({@link org.ccsweep.model.train.TrainingCurve}).
 *
 * <p>The kernels are compiled for the paper's n = {@value #N_FEATURES} and d = {@value #D_MLP} only
 * ({@link #supports}).
 */
public record GpuGroup(int nFeatures, int dMlp, int batch, int steps, double lr, Schedule schedule, double beta1, double beta2,
        double eps, double weightDecay, InputMode inputMode, double pTrain, int curvePoints,
        List<GpuMember> members) {
    public static final int N_FEATURES = 100;
    public static final int D_MLP = 50;

    public GpuGroup {
        if (!supports(nFeatures, dMlp)) {
            throw new IllegalArgumentException("the CUDA trainer's kernels are built for n = " + N_FEATURES + ", d = "
                    + D_MLP + ", got n = " + nFeatures + ", d = " + dMlp);
        }
        if (batch < 1 || steps < 1 || curvePoints < 1) {
            throw new IllegalArgumentException("batch, steps and curve points must be ≥ 1, got " + batch + ", " + steps
                    + ", " + curvePoints);
        }
        if (inputMode == InputMode.BERNOULLI && !(pTrain > 0.0 && pTrain <= 1.0)) {
            throw new IllegalArgumentException("feature probability p must be in (0, 1], got " + pTrain);
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one member");
        }
        members = List.copyOf(members);
        for (GpuMember member : members) {
            if (member.mixing().length != nFeatures * nFeatures) {
                throw new IllegalArgumentException("M must be " + nFeatures + " × " + nFeatures + ", got "
                        + member.mixing().length + " entries (seed " + member.seed() + ")");
            }
        }
    }

    /** Whether the kernels handle models of this shape. */
    public static boolean supports(int nFeatures, int dMlp) {
        return nFeatures == N_FEATURES && dMlp == D_MLP;
    }
}
