package org.ccsweep.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Two AdamW steps worked by hand (lr 0.1, wd 0.1, β 0.9/0.999, ε 1e-8). */
class AdamWTest {

    @Test
    void twoStepsWithWeightDecayAndBiasCorrection() {
        AdamW adamW = new AdamW(3, 0.9, 0.999, 1e-8, 0.1);
        float[] theta = {1.0f, -2.0f, 3.0f};

        // Step 1, g = (0.5, −1, 0): θ·(1 − 0.01) = (0.99, −1.98, 2.97); m = 0.1 g, v = 0.001 g²;
        // bias corrections 0.1 and 0.001 make the update lr · m/0.1 / (|g| + ε) = ±0.1 (0 where g = 0).
        adamW.step(theta, new float[] {0.5f, -1.0f, 0.0f}, 0.1);
        assertThat(theta[0]).isCloseTo(0.89f, within(1e-6f));
        assertThat(theta[1]).isCloseTo(-1.88f, within(1e-6f));
        assertThat(theta[2]).isCloseTo(2.97f, within(1e-6f));

        // Step 2, g = (0.1, 0.2, 0): θ·0.99 = (0.8811, −1.8612, 2.9403); m = (0.055, −0.07),
        // v = (0.00025975, 0.001039); 1 − β1² = 0.19, √(1 − β2²) = 0.0447102;
        // denom = (0.360473, 0.720943); update = 0.1/0.19 · m/denom = (0.080304, −0.051103).
        adamW.step(theta, new float[] {0.1f, 0.2f, 0.0f}, 0.1);
        assertThat(theta[0]).isCloseTo(0.800796f, within(2e-6f));
        assertThat(theta[1]).isCloseTo(-1.810097f, within(2e-6f));
        assertThat(theta[2]).as("weight decay alone").isCloseTo(2.9403f, within(1e-6f));
        assertThat(adamW.steps()).isEqualTo(2);
    }
}
