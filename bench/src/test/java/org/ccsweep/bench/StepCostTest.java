package org.ccsweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepCostTest {

    @Test
    void countsATinyStepByHand() {
        // n = 2, d = 1, B = 4, p = 1/2: q0 = 1/4, q1 = 1/2, so 2 single-feature samples < 2n = 4 (not
        // grouped) and 3 rows; 4 active entries; E[k²] = 1/2 + 1 = 3/2.
        StepCost cost = StepCost.of(2, 1, 4, 0.5);
        assertThat(cost.rows()).isCloseTo(3.0, within(1e-12));
        assertThat(cost.activeEntries()).isCloseTo(4.0, within(1e-12));
        // G 1·1·2, K 4·1, S and H·G 2·3·1, ∂W_out 2·1·3
        assertThat(cost.denseMacs()).isCloseTo(2 + 4 + 6 + 6, within(1e-9));
        assertThat(cost.sparseMacs()).isCloseTo(4 * 4 * 1, within(1e-9));
        // dZ 2·3, tables, sums and − c·P 7·2, Σ S⊙G 1, label moments 2·4·3/2
        assertThat(cost.elementwiseMacs()).isCloseTo(6 + 14 + 1 + 12, within(1e-9));
        assertThat(cost.optimiserMacs()).isCloseTo(6 * 2 * 2 * 1, within(1e-9));
        assertThat(cost.totalMacs()).isCloseTo(91, within(1e-9));
        assertThat(cost.flopLimitMs(1.0)).isCloseTo(182e-9 * 1e3, within(1e-15));
    }

    @Test
    void thePaperStepAtOnePercentRunsOnAbout741Rows() {
        // 2048 · (1 − q0 − q1) ≈ 541 samples with ≥ 2 active features plus 2n = 200 group rows.
        StepCost cost = StepCost.of(100, 50, 2048, 0.01);
        double q0 = Math.pow(0.99, 100);
        double q1 = Math.pow(0.99, 99);
        assertThat(cost.rows()).isCloseTo(2048 * (1 - q0 - q1) + 200, within(1e-9)).isBetween(740.0, 742.0);
        assertThat(cost.totalMacs()).isBetween(5.6e6, 5.8e6);
    }

    @Test
    void atOnePermilleTooFewSinglesToGroup() {
        // 2048 · 0.1 · 0.999^99 ≈ 185 single-feature samples < 200: every non-empty sample is a row.
        StepCost cost = StepCost.of(100, 50, 2048, 0.001);
        assertThat(cost.rows()).isCloseTo(2048 * (1 - Math.pow(0.999, 100)), within(1e-9));
    }
}
