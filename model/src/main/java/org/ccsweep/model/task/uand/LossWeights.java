package org.ccsweep.model.task.uand;

import java.io.Serializable;

/**
 * The weights of the U-AND loss (1/m') Σ_o w(y_o) (r_o − y_o)²: w(0) = {@code zero}, w(1) = {@code positive}.
 *
 * @param zero     the weight of an output whose label is 0
 * @param positive the weight of an output whose label is 1
 */
public record LossWeights(double zero, double positive) implements Serializable {
    /** Plain MSE: every output weighs 1. */
    public static final LossWeights PLAIN = new LossWeights(1.0, 1.0);

    /**
     * Class-balanced: positives and zeros weigh half each in expectation, w(1) = 1/(2π), w(0) = 1/(2(1 − π)),
     * so that E[w(y)] = 1 and a model that outputs 0 everywhere pays 1/2 rather than π.
     *
     * @param pi the probability π of a positive label, in (0, 1)
     */
    public static LossWeights balanced(double pi) {
        if (!(pi > 0.0 && pi < 1.0)) {
            throw new IllegalArgumentException("balancing needs a positive rate in (0, 1), got " + pi);
        }
        return new LossWeights(1.0 / (2.0 * (1.0 - pi)), 1.0 / (2.0 * pi));
    }

    /** w(y). */
    public double of(boolean label) {
        return label ? positive : zero;
    }
}
