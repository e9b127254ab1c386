package org.ccsweep.model.task.cc.data;

/**
 * The table {@link BatchSampler} draws each sample's number of active features from, for samplers
 * that draw the same batches elsewhere (the CUDA port, model/src/main/cuda/sample_batches.cu).
 */
public final class ActiveCounts {
    private ActiveCounts() {
    }

    /** P(K ≤ k) for K ~ Binomial(n, p), k = 0..n, ending in exactly 1: BatchSampler's own table. */
    public static double[] cdf(int nFeatures, double p) {
        return BatchSampler.binomialCdf(nFeatures, p);
    }
}
