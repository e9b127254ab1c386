package org.ccsweep.model.task.uand;

/**
 * How the hidden layer ReLU(v · W_1 + b_1) is set: trained with the read-off, or frozen at a random init
 * with only the read-off learnt (the "genericity" test of shared/seeds/003).
 */
public enum FirstLayer {
    /** Trained by AdamW from PyTorch's nn.Linear init: W_1 and b_1 iid U(−1/√d_0, 1/√d_0). */
    TRAINED,
    /** Frozen at W_1 iid N(0, 1), b_1 = 0: the random layer of Mendel's genericity experiment. */
    GAUSSIAN,
    /**
     * Frozen at the U-AND construction: binary connections B ∈ {0, 1}^{m × d}, each 1 with probability
     * uand.connect-p, read through the input embedding (W_1 = B for direct inputs, E_inᵀ B for embedded
     * ones), and b_1 = −1, so that a neuron fires when at least two of its features are on.
     */
    CONSTRUCTION;

    /** Whether W_1 and b_1 are trained. */
    public boolean trained() {
        return this == TRAINED;
    }
}
