package org.ccsweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeerRunnerTest {

    @Test
    void readsTheResultLine() {
        var fields = PeerRunner.parse("PEER_RESULT p=0.01 steps_timed=300 ms_per_step=3.0148 lp=0.08 lp_se=0.00015");
        Measurement m = PeerRunner.measurement(fields);
        assertThat(fields).containsEntry("p", "0.01");
        assertThat(m).isEqualTo(new Measurement(300, 3.0148, 0.08, 0.00015));
    }

    @Test
    void rejectsAFieldWithoutValue() {
        assertThatThrownBy(() -> PeerRunner.parse("PEER_RESULT p=0.01 oops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'oops'");
    }
}
