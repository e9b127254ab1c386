package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ActiveCountWeightsTest {

    @Test
    void smallCaseMatchesTheBinomialByHand() {
        // n = 3, p = 0.2: (0.512, 0.384, 0.096, 0.008).
        double[] w = ActiveCountWeights.of(3, new double[] {0.2})[0];
        assertThat(w).containsExactly(new double[] {0.512, 0.384, 0.096, 0.008}, within(1e-14));
    }

    @Test
    void weightsSumToOneAndPOneIsAllActive() {
        double[][] w = ActiveCountWeights.of(100, new double[] {1e-3, 0.37, 1.0});
        for (double[] row : w) {
            double sum = 0.0;
            for (double v : row) {
                sum += v;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
        }
        assertThat(w[2][100]).isEqualTo(1.0);
        assertThat(w[2][99]).isEqualTo(0.0);
    }
}
