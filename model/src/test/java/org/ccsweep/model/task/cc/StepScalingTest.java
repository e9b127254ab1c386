package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepScalingTest {

    @Test
    void everySampleNonEmptyAtPOne() {
        assertThat(StepScaling.scaledSteps(10_000, 1.0, 100)).isEqualTo(10_000);
    }

    @Test
    void sparseBatchesTrainLonger() {
        // 1 − 0.99^100 = 0.633967..., 10000 / 0.633967 = 15773.5 → 15774 (rounded half up).
        assertThat(StepScaling.scaledSteps(10_000, 0.01, 100)).isEqualTo(15_774);
        // 1 − 0.999^100 = 0.0952079..., 10000 / 0.0952079 = 105033.3 → 105033.
        assertThat(StepScaling.scaledSteps(10_000, 0.001, 100)).isEqualTo(105_033);
    }
}
