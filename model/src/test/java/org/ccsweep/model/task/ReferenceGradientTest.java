package org.ccsweep.model.task;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.CcProblem;
import org.ccsweep.model.task.cc.ResidualProblem;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.junit.jupiter.api.Test;

/**
 * The generic reference step's gradients are right for each of the CC task's plain problems (finite
 * differences in double: O(h²) = 1e-10 accurate, so 1e-7 is a loose bound), the learnable scale
 * included; inputs from each problem's own law at a dense p, so that ReLUs switch in the batch.
 */
class ReferenceGradientTest {
    private static final int N = 6;
    private static final int D = 3;

    @Test
    void simplifiedModelWithItsScale() {
        CcProblem problem = new CcProblem(N, D, MixingMatrix.build(MixingKind.ASYMMETRIC, N, 0, null, new Rng(61)),
                InputMode.BERNOULLI);
        SimplifiedModel model = SimplifiedModel.init(N, D, new Rng(62));
        FiniteDifferences.check(problem, CcProblem.parameters(model.wIn(), model.wOut(), -0.3),
                batch(problem, 0.4, 8, 63), 1e-7);
    }

    @Test
    void residualModel() {
        int e = 7;
        ResidualModel model = ResidualModel.init(N, D, e, new Rng(64), new Rng(65));
        ResidualProblem problem = new ResidualProblem(N, D, e, model.wE(), InputMode.BERNOULLI);
        FiniteDifferences.check(problem, ResidualProblem.parameters(model.wIn(), model.wOut()),
                batch(problem, 0.5, 8, 66), 1e-7);
    }

    private static List<double[]> batch(DenseProblem problem, double p, int size, long seed) {
        Rng rng = new Rng(seed);
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double[] x = new double[problem.inputs()];
            problem.sample(p, rng, x);
            xs.add(x);
        }
        return xs;
    }
}
