package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccsweep.model.train.DivergedException;
import org.junit.jupiter.api.Test;

/** An absurd learning rate makes the loss non-finite within a few steps, and the run says where. */
class RunExecutorDivergenceTest {

    @Test
    void absurdLearningRateThrowsNamingTheStep() {
        CcRun spec = TestSpecs.small(50, 1e30, false);
        assertThatThrownBy(() -> RunExecutor.execute(spec))
                .isInstanceOf(DivergedException.class)
                .hasMessageMatching("training diverged at step [2-9]: loss = (NaN|Infinity)");
    }
}
