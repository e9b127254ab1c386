package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.train.DivergedException;
import org.junit.jupiter.api.Test;

/** A training whose loss overflows fails with the step where it did, as CC's runs do. */
class UandDivergenceTest {

    @Test
    void anOverflowingRateDiverges() {
        assertThatThrownBy(() -> UandExecutor.execute(UandSpecs.run(UandSpecs.small().set(Keys.LR, 1e30)
                .set(Keys.SCHEDULE, org.ccsweep.model.train.Schedule.CONSTANT))))
                .isInstanceOf(DivergedException.class).hasMessageContaining("training diverged at step");
    }
}
