package org.ccsweep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void theSparseSettingUsesThePaperStepScalingAndAPeerPrefix() {
        Setting[] settings = BenchOptions.parse(new String[0]).settings();
        assertThat(settings[0]).isEqualTo(new Setting(0.01, 0.02, 2048, 10_000, 10_000));
        assertThat(settings[1].steps()).isEqualTo((int) Math.round(10_000 / (1 - Math.pow(0.999, 100))));
        assertThat(settings[1].peerSteps()).isEqualTo(3_000);
        assertThat(settings[1].peerIsPrefix()).isTrue();
    }

    @Test
    void peerFullTrainsTheWholeSchedule() {
        Setting sparse = BenchOptions.parse(new String[] {"--steps", "100", "--peer-full"}).settings()[1];
        assertThat(sparse.peerSteps()).isEqualTo(sparse.steps()).isEqualTo(1050);
    }

    @Test
    void rejectsUnknownOptionsAndBadNumbers() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--step", "5"})).hasMessageContaining("'--step'");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--steps", "0"})).hasMessageContaining("--steps");
    }
}
