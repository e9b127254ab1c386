package org.ccsweep.model.task.cc.train;

/**
 * The label side of {@link SparseLossGradient}'s loss and ∂L/∂s, summed over samples in double from
 * their active entries alone: k² terms for k active features, from M and MᵀM interleaved (one cache
 * line per pair of features; MᵀM rounded to float, far below the loss's other errors), and from their
 * diagonals in double for the many k = 1. With y = ReLU(x) + |s| · M · x,
 * <pre>
 *   a = Σ ‖ReLU(x)‖²,   b = Σ ReLU(x)ᵀ · M · x,   q = Σ xᵀ · MᵀM · x
 *   Σ ‖y‖²   = a + 2 |s| b + s² q
 *   Σ y · Mx = b + |s| q
 * </pre>
 */
final class LabelMoments {
    private final int nFeatures;
    private final float[] pairs;
    private final double[] mixingDiagonal;
    private final double[] mixingGramDiagonal;

    private double relu;
    private double cross;
    private double quadratic;

    /** @param mixing the unscaled M, n × n row-major */
    LabelMoments(int nFeatures, float[] mixing) {
        this.nFeatures = nFeatures;
        int n = nFeatures;
        this.pairs = new float[2 * n * n];
        this.mixingDiagonal = new double[n];
        this.mixingGramDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0.0;
                for (int o = 0; o < n; o++) {
                    dot += (double) mixing[o * n + i] * mixing[o * n + j];
                }
                pairs[2 * (i * n + j)] = mixing[i * n + j];
                pairs[2 * (i * n + j) + 1] = (float) dot;
                if (i == j) {
                    mixingDiagonal[i] = mixing[i * n + i];
                    mixingGramDiagonal[i] = dot;
                }
            }
        }
    }

    void clear() {
        relu = 0.0;
        cross = 0.0;
        quadratic = 0.0;
    }

    /** Adds a sample whose one active feature is j, with value v. */
    void addSingle(int j, double v) {
        double positive = Math.max(v, 0.0);
        relu += positive * positive;
        cross += positive * v * mixingDiagonal[j];
        quadratic += v * v * mixingGramDiagonal[j];
    }

    /** Adds a sample with the active entries (features[e], values[e]) for e in [from, to), any number (k² terms). */
    void add(int[] features, float[] values, int from, int to) {
        int n = nFeatures;
        for (int k = from; k < to; k++) {
            int row = features[k] * n;
            double v = values[k];
            double positive = Math.max(v, 0.0);
            relu += positive * positive;
            double mx = 0.0;
            double gx = 0.0;
            for (int l = from; l < to; l++) {
                int pair = 2 * (row + features[l]);
                mx += pairs[pair] * (double) values[l];
                gx += pairs[pair + 1] * (double) values[l];
            }
            cross += positive * mx;
            quadratic += v * gx;
        }
    }

    /**
     * Adds a sample with two active features (j0, v0), (j1, v1): {@link #add}'s arithmetic in the same
     * order, without its data-dependent loop exits.
     */
    void addPair(int j0, double v0, int j1, double v1) {
        int n = nFeatures;
        int p00 = 2 * (j0 * n + j0);
        int p01 = 2 * (j0 * n + j1);
        int p10 = 2 * (j1 * n + j0);
        int p11 = 2 * (j1 * n + j1);
        double positive0 = Math.max(v0, 0.0);
        double positive1 = Math.max(v1, 0.0);
        double mx0 = pairs[p00] * v0 + pairs[p01] * v1;
        double gx0 = pairs[p00 + 1] * v0 + pairs[p01 + 1] * v1;
        double mx1 = pairs[p10] * v0 + pairs[p11] * v1;
        double gx1 = pairs[p10 + 1] * v0 + pairs[p11 + 1] * v1;
        relu += positive0 * positive0;
        relu += positive1 * positive1;
        cross += positive0 * mx0;
        cross += positive1 * mx1;
        quadratic += v0 * gx0;
        quadratic += v1 * gx1;
    }

    /**
     * Adds a sample with three active features: {@link #add}'s arithmetic in the same order, without
     * its loops (whose exits a mix of k would mispredict).
     */
    void addTriple(int j0, double v0, int j1, double v1, int j2, double v2) {
        addOfTriple(j0, v0, j0, v0, j1, v1, j2, v2);
        addOfTriple(j1, v1, j0, v0, j1, v1, j2, v2);
        addOfTriple(j2, v2, j0, v0, j1, v1, j2, v2);
    }

    /** The terms of entry (j, v) of a three-feature sample, as one pass of {@link #add}'s outer loop. */
    private void addOfTriple(int j, double v, int j0, double v0, int j1, double v1, int j2, double v2) {
        int row = j * nFeatures;
        int p0 = 2 * (row + j0);
        int p1 = 2 * (row + j1);
        int p2 = 2 * (row + j2);
        double positive = Math.max(v, 0.0);
        relu += positive * positive;
        double mx = pairs[p0] * v0 + pairs[p1] * v1 + pairs[p2] * v2;
        double gx = pairs[p0 + 1] * v0 + pairs[p1 + 1] * v1 + pairs[p2 + 1] * v2;
        cross += positive * mx;
        quadratic += v * gx;
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
