package org.ccsweep.model.task.tms;

import org.ccsweep.model.run.Rng;

/**
 * The training batches of the fast path: B samples of the TMS input law held feature by feature (xᵀ, n × B
 * row-major: row i is feature i across the batch), drawn with one uniform per entry. Row i takes B draws
 * u = (float) U[0, 1) ({@link Rng#nextFloats}, rows in feature order); an entry is active when u &lt; p_i and its
 * value is then u / p_i, which given u &lt; p_i is uniform on [0, 1). Both are exact up to float32 rounding: the
 * probability to about 2^-24 relative, and a value may round up to 1 once in about 2^24 active entries. The
 * reference law ({@link TmsProblem#sample}) draws two doubles per entry instead; {@code TmsSamplerTest} checks that
 * the two agree in law.
 */
final class TmsSampler {
    final int n;
    final int batch;
    /** xᵀ, n × B row-major: entry (i, s) at i · B + s. */
    final float[] xt;
    private final float[] probability;

    /** @param probabilities p_i of every feature, n entries */
    TmsSampler(double[] probabilities, int batch) {
        this.n = probabilities.length;
        this.batch = batch;
        this.xt = new float[n * batch];
        this.probability = new float[n];
        for (int i = 0; i < n; i++) {
            probability[i] = (float) probabilities[i];
        }
    }

    /** Draws the next batch from {@code rng}: n · B uniforms, feature after feature. */
    void next(Rng rng) {
        rng.nextFloats(xt, 0, n * batch, 0.0, 1.0);
        for (int i = 0; i < n; i++) {
            Lanes.threshold(xt, i * batch, batch, probability[i]);
        }
    }
}
