package org.ccsweep.bench;

/**
 * One benchmarked recipe: the paper's model (n = 100, d = 50) with asymmetric M at scale sigma.
 *
 * @param p         feature probability in training, also where L/p is compared
 * @param sigma     scale of M
 * @param batch     samples per step
 * @param steps     length of the schedule; ccsweep always trains all of it
 * @param peerSteps steps the peer trains and times: {@code steps}, or a prefix of the same schedule
 */
public record Setting(double p, double sigma, int batch, int steps, int peerSteps) {
    public static final int N_FEATURES = 100;
    public static final int D_MLP = 50;

    /** The paper's step scaling for sparse p: steps = base / (1 − (1 − p)^n), same non-empty samples as base at p = 1. */
    public static int scaledSteps(int baseSteps, double p) {
        return (int) Math.round(baseSteps / (1.0 - Math.pow(1.0 - p, N_FEATURES)));
    }

    public boolean peerIsPrefix() {
        return peerSteps < steps;
    }

    public String label() {
        return "p=" + p + " σ=" + sigma;
    }
}
