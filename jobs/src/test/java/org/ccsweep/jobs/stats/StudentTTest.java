package org.ccsweep.jobs.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Quantiles from printed t tables; ν = 1 and ν = 2 also have closed forms. */
class StudentTTest {

    @Test
    void tableValuesAt975() {
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.3027, within(1e-4));
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.7764, within(1e-4));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.0423, within(1e-4));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.2622, within(1e-4));
    }

    @Test
    void closedFormsForOneAndTwoDegreesOfFreedom() {
        // ν = 1 is Cauchy: tan(π(p − ½)); ν = 2: (2p − 1) / sqrt(2p(1 − p)).
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(Math.tan(Math.PI * 0.475), within(1e-9));
        double p = 0.9;
        assertThat(StudentT.quantile(p, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-9));
    }

    @Test
    void largeDegreesOfFreedomApproachTheNormal() {
        assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(1.959964, within(1e-5));
    }

    @Test
    void lowerQuantilesAreSymmetric() {
        assertThat(StudentT.quantile(0.025, 4)).isCloseTo(-2.7764, within(1e-4));
        assertThat(StudentT.quantile(0.5, 4)).isCloseTo(0, within(1e-10));
    }
}
