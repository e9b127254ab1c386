package org.ccsweep.model.task.tms;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.FiniteDifferences;
import org.junit.jupiter.api.Test;

/**
 * The plain TMS problem's gradient is right (central finite differences in double: O(h²) = 1e-10 accurate, so 1e-7
 * is a loose bound), with unequal importances and a per-feature probability profile, b drawn around 0 so that some
 * outputs sit below the ReLU's kink and some above, and inputs from the problem's own law at a dense p.
 */
class TmsGradientTest {

    @Test
    void referenceGradientMatchesFiniteDifferences() {
        int n = 7;
        int m = 3;
        TmsProblem problem = new TmsProblem(n, m, TmsRun.powers(1.0, 0.8, n), 0.9);
        TmsModel model = TmsModel.init(n, m, new Rng(71));
        Rng rng = new Rng(72);
        for (int j = 0; j < n; j++) {
            model.b()[j] = (float) rng.uniform(-0.3, 0.3);
        }
        List<double[]> batch = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            double[] x = new double[n];
            problem.sample(0.6, rng, x);
            batch.add(x);
        }
        FiniteDifferences.check(problem, TmsProblem.parameters(model.w(), model.b()), batch, 1e-7);
    }
}
