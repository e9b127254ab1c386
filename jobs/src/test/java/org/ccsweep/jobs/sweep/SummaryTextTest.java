package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The summary prints grid values as a conf writes them, not with a linear range's rounding noise. */
class SummaryTextTest {
    @Test
    void rangeNoiseIsDroppedAndOtherValuesKeepTheirForm() {
        double ninthOfRange = 0.1 * 0.9; // 0.09000000000000001, as NumericAxis makes σ's 10th of 11 in [0, 0.1]
        assertThat(String.valueOf(ninthOfRange)).isEqualTo("0.09000000000000001");
        assertThat(Summary.text(ninthOfRange)).isEqualTo("0.09");
        assertThat(Summary.text(1e30)).isEqualTo("1.0E30");
        assertThat(Summary.text(0.026)).isEqualTo("0.026");
        assertThat(Summary.text(20000)).isEqualTo("20000");
        assertThat(Summary.text(null)).isEqualTo("-");
    }
}
