package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightBarsTest {

    @Test
    void handWorkedCase() {
        // n = 2, d = 2: W_in = [[1, 2], [3, −4]], W_out = [[5, 6], [7, 8]].
        // bars[i][k] = W_in[i, k] · W_out[k, i]: [[1·5, 2·7], [3·6, −4·8]].
        double[][] bars = WeightBars.of(2, 2, new float[] {1, 2, 3, -4}, new float[] {5, 6, 7, 8});
        assertThat(bars[0]).containsExactly(5, 14);
        assertThat(bars[1]).containsExactly(18, -32);
    }

    @Test
    void positiveInputNeuronsAddUpToTheResponseAtOne() {
        int n = 8;
        int d = 6;
        float[] wIn = SlowForward.uniform(n * d, 1 / Math.sqrt(d), 5L);
        float[] wOut = SlowForward.uniform(d * n, 1 / Math.sqrt(n), 6L);
        double[][] bars = WeightBars.of(n, d, wIn, wOut);
        for (int i = 0; i < n; i++) {
            double slope = 0.0;
            for (int k = 0; k < d; k++) {
                slope += wIn[i * d + k] > 0 ? bars[i][k] : 0.0;
            }
            double[] x = new double[n];
            x[i] = 1;
            assertThat(slope).isCloseTo(SlowForward.output(n, d, wIn, wOut, x)[i], within(1e-12));
        }
    }
}
