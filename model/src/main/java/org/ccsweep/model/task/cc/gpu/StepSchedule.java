package org.ccsweep.model.task.cc.gpu;


/**
 * The scalars of AdamW's update at each step of a {@link GpuGroup}, which the host hands to train_step
 * with the launch (its struct AdamScalars, in this order), computed as {@link org.ccsweep.model.train.AdamW}
 * computes them: at 0-based step t, with lr_t from the group's {@link org.ccsweep.model.train.Schedule} and t + 1
 * updates so far,
 * <pre>
 *   decay = (float) (1 − lr_t · wd),  stepSize = (float) (lr_t / (1 − β1^(t+1))),  sqrtBias2 = (float) √(1 − β2^(t+1)),
 *   β1, 1 − β1, β2, 1 − β2, ε   (each rounded to float)
 * </pre>
 * and per element m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g·g, θ ← θ·decay − stepSize · m / (√v / sqrtBias2 + ε).
 */
final class StepSchedule {
    private final GpuGroup group;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;

    StepSchedule(GpuGroup group) {
        this.group = group;
        this.beta1 = group.beta1();
        this.beta2 = group.beta2();
        this.eps = group.eps();
        this.weightDecay = group.weightDecay();
    }

    /** The 8 floats of AdamScalars for 0-based step t. */
    float[] adamScalars(int t) {
        double lr = group.schedule().lr(group.lr(), t, group.steps());
        int updates = t + 1;
        return new float[] {
            (float) (1.0 - lr * weightDecay),
            (float) (lr / (1.0 - Math.pow(beta1, updates))),
            (float) Math.sqrt(1.0 - Math.pow(beta2, updates)),
            (float) beta1,
            (float) (1.0 - beta1),
            (float) beta2,
            (float) (1.0 - beta2),
            (float) eps,
        };
    }
}
