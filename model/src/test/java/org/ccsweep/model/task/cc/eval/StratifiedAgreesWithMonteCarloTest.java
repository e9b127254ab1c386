package org.ccsweep.model.task.cc.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceEvaluator;
import org.ccsweep.model.task.cc.CcProblem;
import org.ccsweep.model.task.cc.data.InputMode;
import org.junit.jupiter.api.Test;

/** The stratified profile against the generic Monte Carlo reference on the plain CC problem, on a random model. */
class StratifiedAgreesWithMonteCarloTest {

    @Test
    void agreesWithinFourCombinedStandardErrors() {
        RandomModel m = RandomModel.of(100, 50, 0.1, 2024L);
        double[] grid = {0.003, 0.03, 0.3, 1.0};
        LossProfile profile = LossEvaluator.profile(m.n(), m.d(), m.wIn(), m.wOut(), m.mixingScaled(), grid, 2_000,
                new Rng(1L));
        long[] samples = {60_000, 20_000, 5_000, 5_000};
        for (int q = 0; q < grid.length; q++) {
            double p = grid[q];
            Estimate mc = ReferenceEvaluator.estimate(new CcProblem(m.n(), m.d(), m.mixingScaled(), InputMode.BERNOULLI),
                    CcProblem.parameters(m.wIn(), m.wOut(), 1.0), p, samples[q], new Rng(100L + q));
            double stratified = profile.loss()[q];
            double combinedSe = Math.hypot(mc.stderr(), profile.stderr()[q] * p);
            // The test has teeth only if the combined SE is small next to the loss (measured 0.4–1.1 %).
            assertThat(combinedSe).isLessThan(0.03 * stratified);
            assertThat(Math.abs(stratified - mc.mean())).as("p = %s", p).isLessThanOrEqualTo(4 * combinedSe);
        }
    }
}
