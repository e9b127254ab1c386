package org.ccsweep.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingCurveTest {

    @Test
    void windowsEndAtEvenlySpreadStepsAndAverageTheirLosses() {
        TrainingCurve curve = new TrainingCurve(10, 3);
        for (int step = 1; step <= 10; step++) {
            curve.add(step);
        }
        assertThat(curve.steps()).containsExactly(3, 6, 10);
        assertThat(curve.loss()).containsExactly(2.0, 5.0, 8.5);
        assertThat(curve.finalLoss()).isEqualTo(8.5);
    }

    @Test
    void moreCurvePointsThanStepsGivesOnePointPerStep() {
        TrainingCurve curve = new TrainingCurve(2, 5);
        curve.add(1.0);
        curve.add(3.0);
        assertThat(curve.steps()).containsExactly(1, 2);
        assertThat(curve.loss()).containsExactly(1.0, 3.0);
    }
}
