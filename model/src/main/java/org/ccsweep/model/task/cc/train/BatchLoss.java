package org.ccsweep.model.task.cc.train;

import org.ccsweep.model.task.cc.data.SparseBatch;

/** The MSE loss of one batch and its gradients with respect to a model's two weight tensors. */
interface BatchLoss {
    /**
     * Computes the loss of the batch at scale s and writes ∂L/∂W_in and ∂L/∂W_out, shaped like wIn and
     * wOut, into the given arrays; ∂L/∂s is then available from {@link #gradSigma()}.
     *
     * @return L, the mean of (ŷ − y)² over the batch and the n outputs
     */
    double compute(SparseBatch x, float[] wIn, float[] wOut, float s, float[] gradWIn, float[] gradWOut);

    /** ∂L/∂s of the last {@link #compute} call. */
    double gradSigma();
}
