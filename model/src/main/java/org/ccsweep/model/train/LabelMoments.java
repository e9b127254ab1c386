package org.ccsweep.model.train;

import org.ccsweep.model.data.SparseBatch;

/**
 * The label side of {@link SparseLossGradient}'s loss and ∂L/∂s, summed over samples in double from
 * their active entries alone (k² terms for k active features, from the diagonals of M and MᵀM,
 * which stay in cache, for the many k = 1): with y = ReLU(x) + |s| · M · x,
 * <pre>
 *   a = Σ ‖ReLU(x)‖²,   b = Σ ReLU(x)ᵀ · M · x,   q = Σ xᵀ · MᵀM · x
 *   Σ ‖y‖²   = a + 2 |s| b + s² q
 *   Σ y · Mx = b + |s| q
 * </pre>
 */
final class LabelMoments {
    private final int nFeatures;
    private final double[] mixing;
    private final double[] mixingGram;
    private final double[] mixingDiagonal;
    private final double[] mixingGramDiagonal;

    private double relu;
    private double cross;
    private double quadratic;

    /** @param mixing the unscaled M, n × n row-major */
    LabelMoments(int nFeatures, float[] mixing) {
        this.nFeatures = nFeatures;
        int n = nFeatures;
        this.mixing = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            this.mixing[i] = mixing[i];
        }
        this.mixingGram = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0.0;
                for (int o = 0; o < n; o++) {
                    dot += this.mixing[o * n + i] * this.mixing[o * n + j];
                }
                mixingGram[i * n + j] = dot;
            }
        }
        this.mixingDiagonal = new double[n];
        this.mixingGramDiagonal = new double[n];
        for (int j = 0; j < n; j++) {
            mixingDiagonal[j] = this.mixing[j * n + j];
            mixingGramDiagonal[j] = mixingGram[j * n + j];
        }
    }

    void clear() {
        relu = 0.0;
        cross = 0.0;
        quadratic = 0.0;
    }

    /** Adds sample i of the batch. */
    void add(SparseBatch x, int i) {
        int n = nFeatures;
        int from = x.rowStart(i);
        int to = x.rowStart(i + 1);
        if (to - from == 1) {
            int j = x.feature(from);
            double v = x.value(from);
            double positive = Math.max(v, 0.0);
            relu += positive * positive;
            cross += positive * v * mixingDiagonal[j];
            quadratic += v * v * mixingGramDiagonal[j];
            return;
        }
        for (int k = from; k < to; k++) {
            int row = x.feature(k) * n;
            double v = x.value(k);
            double positive = Math.max(v, 0.0);
            relu += positive * positive;
            double mx = 0.0;
            double gx = 0.0;
            for (int l = from; l < to; l++) {
                mx += mixing[row + x.feature(l)] * x.value(l);
                gx += mixingGram[row + x.feature(l)] * x.value(l);
            }
            cross += positive * mx;
            quadratic += v * gx;
        }
    }

    /** Σ ‖y‖² over the samples added since {@link #clear}. */
    double labelNorm(double sAbs) {
        return relu + 2.0 * sAbs * cross + sAbs * sAbs * quadratic;
    }

    /** Σ y · (M · x) over the samples added since {@link #clear}. */
    double labelDotMixed(double sAbs) {
        return cross + sAbs * quadratic;
    }
}
