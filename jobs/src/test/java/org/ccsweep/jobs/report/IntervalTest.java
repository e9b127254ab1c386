package org.ccsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the report writes numbers: measured values to 3 significant digits, grid values as a conf writes them. */
class IntervalTest {

    @Test
    void gridValuesLoseTheRangesRoundingNoise() {
        assertThat(Interval.plain(0.026000000000000002)).isEqualTo("0.026");
        assertThat(Interval.plain(1.0)).isEqualTo("1");
        assertThat(Interval.plain(0.04)).isEqualTo("0.04");
    }

    @Test
    void measuredValuesHaveThreeSignificantDigitsAndTheirHalfWidth() {
        assertThat(new Interval(0.07523, 0.0750, 0.0755, 5).toString()).isEqualTo("0.0752 ± 0.000270 (n = 5)");
        assertThat(new Interval(0.07523, null, null, 1).toString()).isEqualTo("0.0752 (n = 1)");
    }
}
