package org.ccsweep.bench;

/**
 * The multiply-adds of one training step of ccsweep's sparse trainer ({@code SparseLossGradient}, Gram
 * form), in expectation, for a batch of B Bernoulli(p) samples over n features and d neurons: the
 * rows and products that step actually computes.
 *
 * <ul>
 *   <li>Rows: with q0 = (1 − p)^n and q1 = n·p·(1 − p)^(n−1), B·q1 samples have one active feature;
 *       when that is ≥ 2n (the step's rule, applied to the expectation) they are summed into 2n group
 *       rows, and the rows are B·(1 − q0 − q1) + 2n; otherwise every one of the B·(1 − q0) non-empty
 *       samples is a row. Empty samples cost nothing.</li>
 *   <li>Dense (BLAS): G = W_out·W_outᵀ (d²·n), K = Mᵀ·W_outᵀ (n²·d), S = HᵀH and H·G (rows·d²
 *       each), ∂L/∂W_out = [W_outᵀ | −M]·[S; |s|U] (n·d·(d + n)).</li>
 *   <li>Sparse, d wide per active entry of a sample row: the H and Yo gathers, the P, N scatter and
 *       the Xᵀ·dZ scatter (4·d each).</li>
 *   <li>Elementwise: the dZ pass (2 per hidden entry of the rows), the label table (2·n·d), the two
 *       sums over [P; N] (4·n·d), − c·P in ∂L/∂W_out (n·d), Σ S⊙G (d²), the group rows when grouped (3 per entry of 2n·d, and
 *       n·d for their backward) and the label moments (2 per pair of active features of a sample,
 *       2·B·E[k²] with E[k²] = n·p·(1 − p) + (n·p)²).</li>
 *   <li>AdamW on the 2·n·d parameters, counted as {@value #ADAMW_MACS_PER_PARAMETER} multiply-adds each
 *       (two moment updates, bias corrections, the update and the decay).</li>
 * </ul>
 */
public record StepCost(double rows, double activeEntries, double denseMacs, double sparseMacs,
                       double elementwiseMacs, double optimiserMacs) {

    static final int ADAMW_MACS_PER_PARAMETER = 6;

    public static StepCost of(int nFeatures, int dMlp, int batch, double p) {
        int n = nFeatures;
        int d = dMlp;
        double empty = Math.pow(1.0 - p, n);
        double singles = batch * n * p * Math.pow(1.0 - p, n - 1);
        boolean grouped = singles >= 2 * n;
        double active = (double) batch * n * p;
        double rows = batch * (1.0 - empty) - (grouped ? singles - 2 * n : 0.0);
        double rowEntries = active - (grouped ? singles : 0.0);
        double dense = (double) d * d * n + (double) n * n * d + 2.0 * rows * d * d + (double) n * d * (d + n);
        double sparse = 4.0 * rowEntries * d;
        double meanSquaredActive = n * p * (1.0 - p) + (n * p) * (n * p);
        double elementwise = 2.0 * rows * d + 7.0 * n * d + (double) d * d
                + (grouped ? 7.0 * n * d : 0.0) + 2.0 * batch * meanSquaredActive;
        double optimiser = (double) ADAMW_MACS_PER_PARAMETER * 2 * n * d;
        return new StepCost(rows, active, dense, sparse, elementwise, optimiser);
    }

    public double totalMacs() {
        return denseMacs + sparseMacs + elementwiseMacs + optimiserMacs;
    }

    /** The step time, in ms, if every multiply-add ran at {@code peakGflops} (2 FLOPs per multiply-add). */
    public double flopLimitMs(double peakGflops) {
        return 2.0 * totalMacs() / (peakGflops * 1e9) * 1e3;
    }
}
