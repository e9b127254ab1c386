package org.ccsweep.model.task.uand;

/** The boolean operation every output computes on its pair of input features (Hänni et al. 2024: U-AND, U-XOR). */
public enum Operation {
    /** y = x_i ∧ x_j: 1 when both features of the pair are on. */
    AND,
    /** y = x_i ⊕ x_j: 1 when exactly one feature of the pair is on. */
    XOR;

    /** The label of a pair whose features are {@code a} and {@code b}. */
    public boolean label(boolean a, boolean b) {
        return this == AND ? a && b : a != b;
    }

    /**
     * π(p) = P(y = 1) when each feature is on independently with probability p: p² for AND, 2p(1 − p)
     * for XOR.
     */
    public double positiveRate(double p) {
        return this == AND ? p * p : 2.0 * p * (1.0 - p);
    }
}
