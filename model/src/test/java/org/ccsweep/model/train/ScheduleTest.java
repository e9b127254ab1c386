package org.ccsweep.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final int T = 10_000;

    @Test
    void cosineStartsAtThePeakRate() {
        assertThat(Schedule.COSINE.lr(3e-3, 0, T)).isEqualTo(3e-3);
    }

    @Test
    void cosineIsHalfwayDownAtHalfTheSteps() {
        assertThat(Schedule.COSINE.lr(3e-3, 5_000, T)).isCloseTo(1.5e-3, within(1e-15));
    }

    @Test
    void cosineLastStepIsSmallButPositive() {
        // lr · (1 + cos(π (T − 1)/T)) / 2 ≈ lr · π² / (4 T²) = 7.4e-11 for T = 10,000.
        assertThat(Schedule.COSINE.lr(3e-3, 9_999, T)).isPositive().isCloseTo(3e-3 * Math.PI * Math.PI / 4e8, within(1e-13));
    }

    @Test
    void constantKeepsThePeakRate() {
        for (int t : new int[] {0, 5_000, 9_999}) {
            assertThat(Schedule.CONSTANT.lr(1e-3, t, T)).isEqualTo(1e-3);
        }
    }

    @Test
    void aRunHasAtLeastOneStep() {
        assertThatThrownBy(() -> Schedule.COSINE.lr(1e-3, 0, 0)).hasMessageContaining("steps must be ≥ 1, got 0");
    }
}
