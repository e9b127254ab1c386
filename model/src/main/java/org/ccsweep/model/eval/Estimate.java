package org.ccsweep.model.eval;

/**
 * A Monte Carlo estimate of an expectation.
 *
 * @param mean   the sample mean
 * @param stderr its standard error, sqrt(sample variance / samples)
 */
public record Estimate(double mean, double stderr) implements java.io.Serializable {
}
