package org.ccsweep.model.task.cc.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.analysis.Matrices;
import org.ccsweep.model.task.cc.analysis.Svd;
import org.junit.jupiter.api.Test;

class SemiNmfModelTest {
    private static final int N = 100;
    private static final int D = 50;
    private static final double SIGMA = 0.05;

    private static float[] asymmetricMixing(long seed) {
        Rng rng = new Rng(seed);
        float[] m = new float[N * N];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) (SIGMA * rng.nextGaussian());
        }
        return m;
    }

    /** Σ_{i ≥ k} σ_i², the optimal rank-k error (Eckart–Young). */
    private static double truncationError(double[] t, int n, int k) {
        double[] s = Svd.of(t, n, n).s();
        double tail = 0.0;
        for (int i = k; i < n; i++) {
            tail += s[i] * s[i];
        }
        return tail;
    }

    /**
     * min over H of ‖T − G H‖², computed as ‖T‖² − ‖Q_Gᵀ T‖² with Q_G an orthonormal basis of G's columns
     * (the left singular vectors of G): the projection route, not the solver's normal equations.
     */
    private static double projectionResidual(double[] g, double[] t, int n, int d) {
        Svd svd = Svd.of(g, n, d);
        double[] qt = Matrices.transpose(svd.u(), n, d);
        double[] projected = Matrices.multiply(qt, d, n, t, n);
        double total = Matrices.squaredDistance(t, new double[t.length]);
        return total - Matrices.squaredDistance(projected, new double[projected.length]);
    }

    @Test
    void inputWeightsAreNonnegativeAndTheErrorNeverRises() {
        SemiNmfModel m = SemiNmfModel.of(N, D, asymmetricMixing(1L), 300, 0.0);
        for (float w : m.wIn()) {
            assertThat(w).isGreaterThanOrEqualTo(0f);
        }
        double[] errors = m.errorHistory();
        assertThat(errors).hasSize(301);
        for (int t = 1; t < errors.length; t++) {
            // Monotone by DLJ's theorem; 1e−12 relative allows for rounding in the double arithmetic.
            assertThat(errors[t]).as("iteration %d", t).isLessThanOrEqualTo(errors[t - 1] * (1 + 1e-12));
        }
    }

    @Test
    void errorLiesBetweenTheOptimalRankDAndTheClippedSvdStart() {
        // Lower bound: no rank-d product beats the SVD truncation. Upper bound, the margin: the updates never
        // raise the error, so the result is at most the error of its start, the clipped (NNDSVD) top-d
        // singular vectors with their best W_out, computed here by projection. Measured at σ = 0.05 after 500
        // iterations: optimal 30.97, semi-NMF 31.48, start 39.76 (the naive model's feasible W_in gives 62.8).
        float[] mixing = asymmetricMixing(2L);
        double[] t = LinearTarget.of(N, mixing);
        SemiNmfModel m = SemiNmfModel.of(N, D, mixing, 500, 0.0);
        double error = Matrices.squaredDistance(t, Matrices.product(N, D, m.wIn(), m.wOut()));
        double optimal = truncationError(t, N, D);
        double start = projectionResidual(SemiNmfModel.start(t, N, D), t, N, D);
        assertThat(error).isGreaterThanOrEqualTo(optimal * (1 - 1e-6)).isLessThanOrEqualTo(start * (1 + 1e-6));
        assertThat(m.errorHistory()[0]).isCloseTo(start, within(1e-9 * start));
    }

    @Test
    void exactNonnegativeFactorisationIsRecovered() {
        // T = A B with A ≥ 0 (uniform [0, 1)), B Gaussian: an exact semi-NMF of rank d exists, so the error
        // should fall towards 0. Measured relative error: 3.9e−2 at the start, 1.4e−3 after 100 iterations,
        // 2.0e−5 after 500 (and a slow tail: 3.2e−6 after 2000).
        int n = 30;
        int d = 5;
        Rng rng = new Rng(5L);
        double[] a = new double[n * d];
        double[] b = new double[d * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextDouble();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextGaussian();
        }
        double[] t = Matrices.multiply(a, n, d, b, n);
        double norm = Matrices.squaredDistance(t, new double[t.length]);
        SemiNmfModel m = SemiNmfModel.fit(t, n, d, 500, 0.0);
        double[] errors = m.errorHistory();
        assertThat(errors[errors.length - 1] / norm).isLessThan(1e-4);
    }

    @Test
    void toleranceStopsOnceTheErrorStalls() {
        // With M = 0, T = I: the start already reaches the optimum n − d (identity columns are nonnegative), so
        // the first iteration gains nothing and stops the fit.
        SemiNmfModel m = SemiNmfModel.of(N, D, new float[N * N], 100, 1e-9);
        assertThat(m.errorHistory()).hasSizeLessThan(3);
        assertThat(m.errorHistory()[m.errorHistory().length - 1]).isCloseTo(N - D,
                within(1e-6));
    }

    @Test
    void theSameTargetGivesBitIdenticalWeightsAndHistory() {
        float[] mixing = asymmetricMixing(3L);
        SemiNmfModel first = SemiNmfModel.of(N, D, mixing, 50, 0.0);
        SemiNmfModel second = SemiNmfModel.of(N, D, mixing.clone(), 50, 0.0);
        assertThat(second.wIn()).containsExactly(first.wIn());
        assertThat(second.wOut()).containsExactly(first.wOut());
        assertThat(second.errorHistory()).containsExactly(first.errorHistory());
    }
}
