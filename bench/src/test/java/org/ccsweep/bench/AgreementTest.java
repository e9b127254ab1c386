package org.ccsweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void toleranceIsThreeCombinedErrorsPlusTheSeedAllowance() {
        Measurement ours = new Measurement(10, 1.0, 0.0760, 0.0003);
        Measurement peer = new Measurement(10, 3.0, 0.0741, 0.0004);
        Agreement agreement = Agreement.of(ours, peer, 0.0001);
        assertThat(agreement.noiseTolerance()).isCloseTo(3 * 0.0005, within(1e-12));
        assertThat(agreement.seedAllowance()).isCloseTo(3 * Math.sqrt(2) * 0.0001, within(1e-12));
        assertThat(agreement.agrees()).isTrue();
        assertThat(Agreement.of(ours, peer, 0.0).agrees()).isFalse();
    }

    @Test
    void sampleStdUsesNMinusOne() {
        assertThat(Agreement.sampleStd(new double[] {1, 2, 3})).isCloseTo(1.0, within(1e-12));
    }
}
