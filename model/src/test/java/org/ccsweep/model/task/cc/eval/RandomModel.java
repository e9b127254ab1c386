package org.ccsweep.model.task.cc.eval;

import org.ccsweep.model.run.Rng;

/**
 * A test fixture: weights at PyTorch's default init scale (W_in ~ U(±1/√d), W_out ~ U(±1/√n)) and
 * an asymmetric mixing matrix M_s = sigma · N(0, 1), all from one seed.
 */
record RandomModel(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled) {

    static RandomModel of(int n, int d, double sigma, long seed) {
        Rng rng = new Rng(seed);
        float[] wIn = new float[n * d];
        float[] wOut = new float[d * n];
        float[] mixing = new float[n * n];
        for (int i = 0; i < wIn.length; i++) {
            wIn[i] = (float) rng.uniform(-1.0 / Math.sqrt(d), 1.0 / Math.sqrt(d));
        }
        for (int i = 0; i < wOut.length; i++) {
            wOut[i] = (float) rng.uniform(-1.0 / Math.sqrt(n), 1.0 / Math.sqrt(n));
        }
        for (int i = 0; i < mixing.length; i++) {
            mixing[i] = (float) (sigma * rng.nextGaussian());
        }
        return new RandomModel(n, d, wIn, wOut, mixing);
    }
}
