package org.ccsweep.model.task.cc.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.junit.jupiter.api.Test;

/**
 * For M = 0 the offset model's loss has a closed form to check the scan against. With
 * S = Σ_{k &lt; d} ReLU(x_k) and R = ReLU(x_j) independent, E[R] = p/4, E[R²] = p/6, E[S] = d p/4 and
 * E[S²] = d p/6 + d(d − 1) p²/16; each of the n − d offset outputs costs E[(b S − R)²], so
 * L/p = (n − d)/(n p) · (b² E[S²] − 2 b E[S] E[R] + E[R²]), minimised at b* = E[S] E[R] / E[S²].
 * n = 100, d = 50: b* = 0.018405 at p = 0.5 (L/p = 0.068954 against the naive 1/12) and
 * b* = 3.68e−4 at p = 1e−3 (L/p lower than 1/12 by 6e−7 only).
 */
class NaiveOffsetModelTest {
    private static final int N = 100;
    private static final int D = 50;
    private static final float[] CLEAN = new float[N * N];
    private static final double[] GRID = {-0.02, -0.015, -0.01, -0.005, 0.0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03,
        0.035, 0.04};

    private static double exactOffset(double p) {
        return (D * p / 4) * (p / 4) / (D * p / 6 + D * (D - 1.0) * p * p / 16);
    }

    private static double exactLossPerFeature(double p, double b) {
        double es = D * p / 4;
        double es2 = D * p / 6 + D * (D - 1.0) * p * p / 16;
        return (N - D) / (N * p) * (b * b * es2 - 2 * b * es * (p / 4) + p / 6);
    }

    @Test
    void zeroOffsetIsTheNaiveModel() {
        NaiveOffsetModel m = NaiveOffsetModel.of(N, D, 0.0);
        NaiveModel naive = NaiveModel.of(N, D);
        assertThat(m.wIn()).containsExactly(naive.wIn());
        assertThat(m.wOut()).containsExactly(naive.wOut());
        // With b = 0 every sampled loss equals the evaluator's control variate, so the value is exact up to
        // rounding (NaiveModelLossTest).
        assertThat(NaiveOffsetModel.scan(N, D, CLEAN, 0.5, new double[] {0.0}, 50, 1L)[0])
                .isCloseTo(NaiveModel.analyticLossPerFeature(N, D), within(1e-10));
    }

    @Test
    void offsetWeightsSitOnUnrepresentedOutputsOnly() {
        NaiveOffsetModel m = NaiveOffsetModel.of(3, 2, 0.25);
        // W_out 2 × 3: identity on outputs 0, 1 and b on output 2 from both neurons.
        assertThat(m.wOut()).containsExactly(1f, 0f, 0.25f, 0f, 1f, 0.25f);
    }

    @Test
    void denseOptimumMatchesTheClosedFormAndBeatsNaive() {
        NaiveOffsetModel.OffsetScan scan = NaiveOffsetModel.optimalOffset(N, D, CLEAN, 0.5, GRID, 1e-4, 300, 2L);
        // The closed form's curvature is (n − d)/(n p) · E[S²] = 42.4 per unit b², so a 2e−3 miss in b
        // would cost only 1.7e−4 in L/p; 2e−3 is ~10 % of b* and 12 times the measured miss (1.6e−4).
        assertThat(scan.optimalOffset()).isCloseTo(exactOffset(0.5), within(2e-3));
        // The gain over naive is 0.0144; 5e−4 is 10 times the SE of L/p here (measured 5e−5).
        assertThat(scan.optimalLossPerFeature()).isCloseTo(exactLossPerFeature(0.5, exactOffset(0.5)), within(5e-4));
        assertThat(scan.optimalLossPerFeature()).isLessThan(NaiveModel.analyticLossPerFeature(N, D) - 0.01);
        for (int q = 0; q < GRID.length; q++) {
            // The same evaluation the scan makes (same seed), for its SE, which grows with |b − b*|.
            NaiveOffsetModel m = NaiveOffsetModel.of(N, D, GRID[q]);
            LossProfile profile = LossEvaluator.profile(N, D, m.wIn(), m.wOut(), CLEAN, new double[] {0.5}, 300,
                    new Rng(2L));
            assertThat(scan.lossPerFeature()[q]).isEqualTo(profile.lossPerFeature()[0]);
            assertThat(scan.lossPerFeature()[q]).as("b = %s", GRID[q])
                    .isCloseTo(exactLossPerFeature(0.5, GRID[q]), within(5 * profile.stderr()[0]));
        }
    }

    @Test
    void sparseOptimumIsNearZero() {
        NaiveOffsetModel.OffsetScan scan = NaiveOffsetModel.optimalOffset(N, D, CLEAN, 1e-3, GRID, 1e-5, 300, 3L);
        // b* = 3.7e−4 here, 50 times smaller than at p = 0.5. At p = 1e−3 the linear term comes only from
        // sampled strata k ≥ 2 (k = 1 never has S and R both on), so b is noisier relative to b*; the
        // curvature is 4.24 per unit b², so a 2e−3 miss keeps L/p within 1.7e−5 of its minimum (measured:
        // b = 5.1e−4, L/p below naive by 1.1e−6).
        assertThat(scan.optimalOffset()).isCloseTo(exactOffset(1e-3), within(2e-3));
        assertThat(scan.optimalLossPerFeature())
                .isCloseTo(NaiveModel.analyticLossPerFeature(N, D), within(1e-4));
    }
}
