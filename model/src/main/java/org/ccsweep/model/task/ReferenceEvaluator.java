package org.ccsweep.model.task;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.run.Rng;

/**
 * The expected loss at one feature probability by plain Monte Carlo over the task's input law, for any
 * task: the independent check of every task's evaluator.
 */
public final class ReferenceEvaluator {
    private ReferenceEvaluator() {
    }

    /** E[loss] at p over {@code samples} inputs (at least 2), with its standard error. */
    public static Estimate estimate(DenseProblem problem, double[][] theta, double p, long samples, Rng rng) {
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2 (a variance needs two), got " + samples);
        }
        double[] x = new double[problem.inputs()];
        double sum = 0.0;
        double sumSq = 0.0;
        for (long s = 0; s < samples; s++) {
            problem.sample(p, rng, x);
            double loss = problem.loss(theta, x, null);
            sum += loss;
            sumSq += loss * loss;
        }
        double mean = sum / samples;
        double variance = Math.max(sumSq / samples - mean * mean, 0.0) * samples / (samples - 1);
        return new Estimate(mean, Math.sqrt(variance / samples));
    }
}
