package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.train.TrainingCurve;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The device's curve (a running sum per model, written as sum / length at each window's last step) is
 * TrainingCurve's, window ends and means to the bit.
 */
class CurveWindowsTest {
    @ParameterizedTest
    @CsvSource({"10000, 10", "7, 3", "5, 10", "1, 1", "101, 7"})
    void windowsAndMeansAreTrainingCurves(int steps, int points) {
        TrainingCurve curve = new TrainingCurve(steps, points);
        CurveWindows windows = new CurveWindows(steps, points);
        double[] means = new double[windows.points()];
        double sum = 0.0;
        for (int t = 0; t < steps; t++) {
            double loss = 1.0 / (t + 3.0) + Math.sin(t) * 1e-3;
            curve.add(loss);
            sum = sum + loss;
            int w = windows.windowEndingAt(t);
            if (w >= 0) {
                means[w] = sum / windows.length(w);
                sum = 0.0;
            }
        }
        assertThat(windows.ends()).containsExactly(curve.steps());
        assertThat(means).containsExactly(curve.loss());
    }
}
