package org.ccsweep.model.task.cc.net;

/** Which network a run trains (science.md section 3). */
public enum ModelKind {
    /** The paper's ŷ = ReLU(x · W_in) · W_out ({@link SimplifiedModel}). */
    SIMPLIFIED,
    /** Braun et al.'s residual model with a fixed embedding W_E ({@link ResidualModel}); needs the EMBEDDING kind of M. */
    RESIDUAL
}
