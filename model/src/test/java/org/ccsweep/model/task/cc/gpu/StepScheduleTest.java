package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.Schedule;
import org.junit.jupiter.api.Test;

/**
 * train_step's AdamW update (train_step.cu's adamw, written out below) with the host's per-step scalars
 * gives AdamW's bits at every step of a cosine schedule.
 */
class StepScheduleTest {
    @Test
    void scalarsWithTheKernelsUpdateAreAdamW() {
        int steps = 40;
        GpuGroup group = TestGroups.group(InputMode.BERNOULLI, 0.01, 64, steps,
                List.of(TestGroups.member(1, 0.02f, false, MixingKind.CLEAN, 1)));
        StepSchedule schedule = new StepSchedule(group);
        AdamW adamW = new AdamW(16, group.beta1(), group.beta2(), group.eps(), group.weightDecay());
        Rng rng = new Rng(4);
        float[] expected = new float[16];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (float) rng.uniform(-1, 1);
        }
        float[] theta = expected.clone();
        float[] m = new float[16];
        float[] v = new float[16];
        for (int t = 0; t < steps; t++) {
            float[] grad = new float[16];
            for (int i = 0; i < grad.length; i++) {
                grad[i] = (float) (rng.uniform(-1, 1) * Math.pow(10, -rng.nextInt(6)));
            }
            adamW.step(expected, grad, Schedule.COSINE.lr(group.lr(), t, steps));
            float[] k = schedule.adamScalars(t);
            for (int i = 0; i < theta.length; i++) {
                float g = grad[i];
                float mi = k[3] * m[i] + k[4] * g;
                float vi = k[5] * v[i] + k[6] * g * g;
                m[i] = mi;
                v[i] = vi;
                float denom = (float) Math.sqrt(vi) / k[2] + k[7];
                theta[i] = theta[i] * k[0] - k[1] * (mi / denom);
            }
            assertThat(theta).as("step " + t).containsExactly(expected);
        }
    }
}
