package org.ccsweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepCostTest {

    @Test
    void countsATinyStepByHand() {
        // n = 2, d = 1, B = 4, p = 1/2: m = 4 · (1 − 1/4) = 3 non-empty samples, 4 active entries.
        StepCost cost = StepCost.of(2, 1, 4, 0.5);
        assertThat(cost.nonEmptySamples()).isCloseTo(3.0, within(1e-12));
        assertThat(cost.activeEntries()).isCloseTo(4.0, within(1e-12));
        assertThat(cost.denseMacs()).isCloseTo(3 * 3 * 1 * 2, within(1e-9));
        assertThat(cost.sparseMacs()).isCloseTo(2 * 4 * 1 + 4 * 2, within(1e-9));
        assertThat(cost.elementwiseMacs()).isCloseTo(2 * 3 * 2, within(1e-9));
        assertThat(cost.optimiserMacs()).isCloseTo(6 * 2 * 2 * 1, within(1e-9));
        assertThat(cost.totalMacs()).isCloseTo(70, within(1e-9));
        assertThat(cost.flopLimitMs(1.0)).isCloseTo(140e-9 * 1e3, within(1e-15));
    }

    @Test
    void thePaperStepAtOnePercentIsAboutTwentyMillionMultiplyAdds() {
        StepCost cost = StepCost.of(100, 50, 2048, 0.01);
        assertThat(cost.nonEmptySamples()).isCloseTo(2048 * (1 - Math.pow(0.99, 100)), within(1e-9));
        assertThat(cost.totalMacs()).isBetween(19e6, 21e6);
    }
}
