package org.ccsweep.model.task.cc.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NaiveModelTest {

    @Test
    void analyticLossIsOneTwelfthForThePaperShape() {
        assertThat(NaiveModel.analyticLossPerFeature(100, 50)).isEqualTo(1.0 / 12.0);
        assertThat(NaiveModel.analyticLossPerFeature(4, 4)).isEqualTo(0.0);
    }

    @Test
    void weightsAreTheIdentityOnTheFirstDFeatures() {
        NaiveModel m = NaiveModel.of(3, 2);
        // W_in 3 × 2 and W_out 2 × 3, row-major.
        assertThat(m.wIn()).containsExactly(1f, 0f, 0f, 1f, 0f, 0f);
        assertThat(m.wOut()).containsExactly(1f, 0f, 0f, 0f, 1f, 0f);
    }

    @Test
    void moreNeuronsThanFeaturesIsRejected() {
        assertThatThrownBy(() -> NaiveModel.of(3, 4)).hasMessageContaining("dMlp");
    }
}
