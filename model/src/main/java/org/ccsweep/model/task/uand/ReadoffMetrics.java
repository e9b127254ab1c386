package org.ccsweep.model.task.uand;

import java.io.Serializable;

/**
 * A read-off's errors e_o = r_o − y_o over every output of {@code samples} fresh inputs at p (one row of
 * uand_metrics and its uand_accuracy rows).
 *
 * @param readoff          {@code trained} (W_2 as AdamW left it) or {@code ridge} (the closed-form W_2)
 * @param width            d, the neurons of the network measured
 * @param samples          inputs drawn
 * @param objective        the training objective (1/m') Σ_o w(y_o) e_o², averaged over the samples
 * @param mse              (1/m') Σ_o e_o², averaged over the samples
 * @param rmsZero          √(mean of e² over the outputs whose label is 0); NaN when no label was 0
 * @param rmsPositive      √(mean of e² over the outputs whose label is 1); NaN when no label was 1
 * @param meanPositive     mean of r over the outputs whose label is 1; NaN when none was
 * @param zeros            outputs (over all samples) whose label is 0
 * @param positives        outputs whose label is 1
 * @param epsilon          ε_k = f_k · ln d / √d for the factors f = {@link Metrics#EPSILON_FACTORS}
 * @param withinZero       per ε_k, the fraction of zero-label outputs with |e| &lt; ε_k
 * @param withinPositive   per ε_k, the fraction of positive outputs with |e| &lt; ε_k (NaN when none)
 */
public record ReadoffMetrics(String readoff, int width, int samples, double objective, double mse, double rmsZero,
                             double rmsPositive, double meanPositive, long zeros, long positives, double[] epsilon,
                             double[] withinZero, double[] withinPositive) implements Serializable {

    /**
     * The larger of the two RMS errors, the error a bisection compares with its target; +∞ when a class had
     * no output (its error is unmeasured, so the target counts as missed).
     */
    public double error() {
        return Double.isNaN(rmsZero) || Double.isNaN(rmsPositive) ? Double.POSITIVE_INFINITY
                : Math.max(rmsZero, rmsPositive);
    }
}
