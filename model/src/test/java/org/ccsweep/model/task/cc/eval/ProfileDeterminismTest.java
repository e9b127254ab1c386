package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

class ProfileDeterminismTest {

    @Test
    void sameRngStateGivesTheSameProfileAndAnotherStateDoesNot() {
        RandomModel m = RandomModel.of(20, 8, 0.05, 3L);
        double[] grid = {0.05, 0.5};
        LossProfile a = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 100, new Rng(9L));
        LossProfile b = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 100, new Rng(9L));
        LossProfile c = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 100, new Rng(10L));
        assertThat(b.loss()).containsExactly(a.loss());
        assertThat(b.stderr()).containsExactly(a.stderr());
        assertThat(c.loss()[1]).isNotEqualTo(a.loss()[1]);
    }
}
