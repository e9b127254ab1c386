package org.ccsweep.model.task.cc;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.InputMode;

/**
 * The CC task's law of inputs as science.md section 1 states it, one dense sample at a time: each of n
 * features active with probability p, value U[−1, 1] (Bernoulli); or one feature chosen uniformly, value
 * U[−1, 1] (exactly-one). The plain problems sample with it; the fast path's {@code BatchSampler} draws
 * the same law in another way and is tested against its counts and frequencies.
 */
final class CcInputs {
    private CcInputs() {
    }

    static void sample(InputMode mode, double p, Rng rng, double[] x) {
        if (mode == InputMode.EXACTLY_ONE) {
            Arrays.fill(x, 0.0);
            x[rng.nextInt(x.length)] = rng.uniform(-1.0, 1.0);
            return;
        }
        for (int j = 0; j < x.length; j++) {
            x[j] = rng.nextDouble() < p ? rng.uniform(-1.0, 1.0) : 0.0;
        }
    }
}
