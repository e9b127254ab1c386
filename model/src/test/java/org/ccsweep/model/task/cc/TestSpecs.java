package org.ccsweep.model.task.cc;

import org.ccsweep.model.run.Keys;

/** Small run specs for tests: the paper's recipe, shrunk. */
final class TestSpecs {
    private TestSpecs() {
    }

    static CcRun small(int steps, double lr, boolean learnSigma) {
        return small(steps, lr, learnSigma, 0, false);
    }

    static CcRun small(int steps, double lr, boolean learnSigma, int transplantSteps, boolean analysis) {
        return CcSpecs.run(CcSpecs.paper(7L, 7L).set(CcKeys.LEARN_SIGMA, learnSigma).set(Keys.STEPS, steps)
                .set(Keys.BATCH, 256).set(Keys.LR, lr).set(Keys.EVAL_P, new double[] {0.01, 0.1})
                .set(Keys.EVAL_TARGET_REL_SE, 0.01).set(Keys.EVAL_MAX_SAMPLES, 20_000L).set(Keys.CURVE_POINTS, 10)
                .set(CcKeys.TRANSPLANT_STEPS, transplantSteps).set(CcKeys.ANALYSIS, analysis));
    }
}
