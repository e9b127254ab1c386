package org.ccsweep.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CosineScheduleTest {
    private final CosineSchedule schedule = new CosineSchedule(3e-3, 10_000);

    @Test
    void startsAtThePeakRate() {
        assertThat(schedule.lr(0)).isEqualTo(3e-3);
    }

    @Test
    void isHalfwayDownAtHalfTheSteps() {
        assertThat(schedule.lr(5_000)).isCloseTo(1.5e-3, within(1e-15));
    }

    @Test
    void lastStepIsSmallButPositive() {
        // lr · (1 + cos(π (T − 1)/T)) / 2 ≈ lr · π² / (4 T²) = 7.4e-11 for T = 10,000.
        assertThat(schedule.lr(9_999)).isPositive().isCloseTo(3e-3 * Math.PI * Math.PI / 4e8, within(1e-13));
    }
}
