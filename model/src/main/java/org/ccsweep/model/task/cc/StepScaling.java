package org.ccsweep.model.task.cc;

/**
 * Sparsity studies keep the number of non-empty training samples constant (science.md section 4):
 * a Bernoulli sample of n features at probability p is non-empty with probability 1 − (1 − p)^n, so
 * the steps become round(steps / (1 − (1 − p)^n)).
 */
public final class StepScaling {
    private StepScaling() {
    }

    public static long scaledSteps(int steps, double p, int nFeatures) {
        double nonEmpty = -Math.expm1(nFeatures * Math.log1p(-p));
        return Math.round(steps / nonEmpty);
    }
}
