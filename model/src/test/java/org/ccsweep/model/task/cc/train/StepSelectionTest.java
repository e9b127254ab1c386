package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.task.cc.data.InputMode;
import org.junit.jupiter.api.Test;

/** Which step a run's inputs select. */
class StepSelectionTest {
    private final float[] mixing = new float[100 * 100];

    @Test
    void densePFromTheThresholdTakesTheDenseStep() {
        assertThat(StepSelection.simplified(InputMode.BERNOULLI, 1.0, 100, 50, 16, mixing))
                .isInstanceOf(DenseLossGradient.class);
        assertThat(StepSelection.simplified(InputMode.BERNOULLI, StepSelection.DENSE_FROM_P, 100, 50, 16, mixing))
                .isInstanceOf(DenseLossGradient.class);
    }

    @Test
    void sparseAndExactlyOneInputsTakeTheSparseStep() {
        assertThat(StepSelection.simplified(InputMode.BERNOULLI, 0.01, 100, 50, 16, mixing))
                .isInstanceOf(SparseLossGradient.class);
        assertThat(StepSelection.simplified(InputMode.EXACTLY_ONE, 1.0, 100, 50, 16, mixing))
                .isInstanceOf(SparseLossGradient.class);
    }
}
