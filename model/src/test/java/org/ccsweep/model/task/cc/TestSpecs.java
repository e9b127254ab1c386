package org.ccsweep.model.task.cc;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/** Small run specs for tests: the paper's recipe, shrunk. */
final class TestSpecs {
    private TestSpecs() {
    }

    static RunSpec small(int steps, double lr, boolean learnSigma) {
        return small(steps, lr, learnSigma, 0, false);
    }

    static RunSpec small(int steps, double lr, boolean learnSigma, int transplantSteps, boolean analysis) {
        return new RunSpec(100, 50, 1000, InputMode.BERNOULLI, 0.01, MixingKind.ASYMMETRIC, null, 0.02, learnSigma,
                steps, 256, lr, 0.9, 0.999, 1e-8, 1e-2, 7L, 7L, new double[] {0.01, 0.1}, new EvalPrecision(0.01, 200, 20_000), 10,
                ModelKind.SIMPLIFIED, transplantSteps, analysis);
    }
}
