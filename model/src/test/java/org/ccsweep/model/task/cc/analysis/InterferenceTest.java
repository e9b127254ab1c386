package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InterferenceTest {

    @Test
    void handWorkedTwoFeatureCase() {
        // W_in = [[1], [−2]], W_out = [[3, 5]]: +e_0 gives (3, 5), +e_1 nothing; −e_0 nothing, −e_1 gives 2 · (3, 5).
        Interference map = Interference.of(2, 1, new float[] {1f, -2f}, new float[] {3f, 5f});
        assertThat(map.positive()[0]).containsExactly(3, 5);
        assertThat(map.positive()[1]).containsExactly(0, 0);
        assertThat(map.negative()[0]).containsExactly(0, 0);
        assertThat(map.negative()[1]).containsExactly(6, 10);
    }

    @Test
    void rowsAreTheFullForwardPassOnPlusAndMinusUnitInputs() {
        int n = 10;
        int d = 4;
        float[] wIn = SlowForward.uniform(n * d, 1 / Math.sqrt(d), 3L);
        float[] wOut = SlowForward.uniform(d * n, 1 / Math.sqrt(n), 4L);
        Interference map = Interference.of(n, d, wIn, wOut);
        for (int i = 0; i < n; i++) {
            double[] x = new double[n];
            x[i] = 1;
            assertThat(map.positive()[i]).containsExactly(SlowForward.output(n, d, wIn, wOut, x), within(1e-12));
            x[i] = -1;
            assertThat(map.negative()[i]).containsExactly(SlowForward.output(n, d, wIn, wOut, x), within(1e-12));
        }
    }
}
