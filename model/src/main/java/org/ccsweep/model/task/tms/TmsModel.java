package org.ccsweep.model.task.tms;

import org.ccsweep.model.run.Rng;

/**
 * The weights of one TMS model, ŷ = ReLU(Wᵀ W x + b): W as n × m row-major floats (row i = W_i, feature i's
 * embedding in R^m) and b (n floats), live arrays the trainer updates in place.
 *
 * @param n features
 * @param m hidden dimensions
 * @param w W, n × m row-major
 * @param b b, n
 */
public record TmsModel(int n, int m, float[] w, float[] b) {
    public TmsModel {
        if (w.length != n * m || b.length != n) {
            throw new IllegalArgumentException("W must be n × m = " + n + " × " + m + " and b n = " + n + " entries, got "
                    + w.length + " and " + b.length);
        }
    }

    /**
     * Xavier-normal W, b = 0: every entry of W iid N(0, 2 / (n + m)), drawn row by row (the fans of one m × n matrix).
     * The notebook calls {@code xavier_normal_} on its (instances, n, m) tensor, whose fans PyTorch takes as n · m
     * and instances · m, so its std, √(2 / (m (n + instances))), depends on how many instances train together; a run
     * here has no instances, so it takes the matrix's own fans.
     */
    public static TmsModel init(int n, int m, Rng rng) {
        double std = Math.sqrt(2.0 / (n + m));
        float[] w = new float[n * m];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (std * rng.nextGaussian());
        }
        return new TmsModel(n, m, w, new float[n]);
    }
}
