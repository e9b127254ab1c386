package org.ccsweep.model.task.cc.baselines;

/** The constructed, untrained models the trained ones are compared with (science.md sections 6 and 7). */
public enum BaselineKind {
    /** {@link NaiveModel}: d features exact, the rest 0. */
    NAIVE,
    /** {@link NaiveOffsetModel} with the loss-optimal offset at each p. */
    NAIVE_OFFSET,
    /** {@link SvdModel}: the rank-d truncation of I + M_sᵀ. */
    SVD,
    /** {@link SemiNmfModel}: I + M_sᵀ ≈ W_in W_out with W_in ≥ 0. */
    SEMI_NMF
}
