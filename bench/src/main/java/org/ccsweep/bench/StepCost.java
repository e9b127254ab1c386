package org.ccsweep.bench;

/**
 * The multiply-adds of one training step of ccsweep's sparse trainer, in expectation, for a batch of
 * B Bernoulli(p) samples over n features and d neurons.
 *
 * <ul>
 *   <li>m = B · (1 − (1 − p)^n) non-empty samples; empty ones have zero loss and gradient.</li>
 *   <li>Dense, on the m non-empty rows: Ŷ = H · W_out, dW_out = Hᵀ · dŶ, dH = dŶ · W_outᵀ: m·d·n each.</li>
 *   <li>Sparse, over the a = B·n·p active entries: H = x · W_in as a gather (a·d), dW_in = xᵀ · dH as a
 *       scatter (a·d), and the labels' x · M_sᵀ (a·n).</li>
 *   <li>Elementwise on the m × n outputs: the residual and its gradient (2·m·n).</li>
 *   <li>AdamW on the 2·n·d parameters, counted as {@value #ADAMW_MACS_PER_PARAMETER} multiply-adds each
 *       (two moment updates, bias corrections, the update and the decay).</li>
 * </ul>
 */
public record StepCost(double nonEmptySamples, double activeEntries, double denseMacs, double sparseMacs,
                       double elementwiseMacs, double optimiserMacs) {

    static final int ADAMW_MACS_PER_PARAMETER = 6;

    public static StepCost of(int nFeatures, int dMlp, int batch, double p) {
        double m = batch * (1.0 - Math.pow(1.0 - p, nFeatures));
        double active = (double) batch * nFeatures * p;
        double dense = 3.0 * m * dMlp * nFeatures;
        double sparse = 2.0 * active * dMlp + active * nFeatures;
        double elementwise = 2.0 * m * nFeatures;
        double optimiser = (double) ADAMW_MACS_PER_PARAMETER * 2 * nFeatures * dMlp;
        return new StepCost(m, active, dense, sparse, elementwise, optimiser);
    }

    public double totalMacs() {
        return denseMacs + sparseMacs + elementwiseMacs + optimiserMacs;
    }

    /** The step time, in ms, if every multiply-add ran at {@code peakGflops} (2 FLOPs per multiply-add). */
    public double flopLimitMs(double peakGflops) {
        return 2.0 * totalMacs() / (peakGflops * 1e9) * 1e3;
    }
}
