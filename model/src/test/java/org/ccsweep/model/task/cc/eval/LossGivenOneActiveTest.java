package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The k = 1 closed form against a brute-force midpoint integral over t of the defining forward pass. */
class LossGivenOneActiveTest {

    @Test
    void closedFormEqualsNumericalIntegralOverT() {
        RandomModel model = RandomModel.of(12, 5, 0.3, 7L);
        double exact = LossEvaluator.lossGivenOneActive(model.n(), model.d(), model.wIn(), model.wOut(),
                model.mixingScaled());
        double integral = midpointIntegral(model, 20_000);
        // The midpoint rule is exact on the two quadratic pieces up to O(h²) ≈ 1e-8 relative.
        assertThat(exact).isCloseTo(integral, within(1e-7 * integral));
        assertThat(exact).isGreaterThan(0.01);
    }

    @Test
    void perfectIdentityOnOneFeatureCostsNothingThere() {
        // n = d = 1, W_in = W_out = 1, M = 0: ŷ = ReLU(x) = y, so the loss is 0.
        assertThat(LossEvaluator.lossGivenOneActive(1, 1, new float[] {1f}, new float[] {1f}, new float[] {0f}))
                .isEqualTo(0.0);
        // W_in = −1: ŷ = ReLU(−t), y = ReLU(t): (ŷ − y)² = t², E = 1/3.
        assertThat(LossEvaluator.lossGivenOneActive(1, 1, new float[] {-1f}, new float[] {1f}, new float[] {0f}))
                .isCloseTo(1.0 / 3.0, within(1e-15));
    }

    /** (1/n) Σ_i (1/2) ∫_{−1}^{1} (1/n) ‖ReLU(t W_in[i, :]) W_out − ReLU(t) e_i − t M_s[:, i]‖² dt. */
    private static double midpointIntegral(RandomModel m, int steps) {
        int n = m.n();
        int d = m.d();
        double h = 2.0 / steps;
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < steps; s++) {
                double t = -1.0 + (s + 0.5) * h;
                double loss = 0.0;
                for (int j = 0; j < n; j++) {
                    double yHat = 0.0;
                    for (int c = 0; c < d; c++) {
                        yHat += Math.max(t * m.wIn()[i * d + c], 0.0) * m.wOut()[c * n + j];
                    }
                    double y = (j == i ? Math.max(t, 0.0) : 0.0) + t * m.mixingScaled()[j * n + i];
                    loss += (yHat - y) * (yHat - y);
                }
                total += loss / n * h / 2.0;
            }
        }
        return total / n;
    }
}
