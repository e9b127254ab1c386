package org.ccsweep.model.task.cc.data;

/** The kinds of mixing matrix M (n × n) in the labels y = ReLU(x) + x · (|s| M)ᵀ (science.md section 2). */
public enum MixingKind {
    /** M = 0: the pure ReLU task. */
    CLEAN,
    /** Entries iid N(0, 1): the paper's default. */
    ASYMMETRIC,
    /** M = triu(G) + triu(G, 1)ᵀ with G iid N(0, 1): symmetric, entry std 1. */
    SYMMETRIC,
    /** M = I − W_E W_Eᵀ (the residual stream's mixing) with W_E ∈ R^{n × dEmbed} iid N(0, 1), rows normalised (Braun et al.). */
    EMBEDDING,
    /** M = U Vᵀ with U, V ∈ R^{n × r} iid N(0, 1), see {@link LowRankOptions}. */
    LOW_RANK
}
