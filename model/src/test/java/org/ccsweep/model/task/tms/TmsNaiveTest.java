package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The naive reference line is the loss of the model it describes: the naive model (kept features on orthonormal
 * directions with b = 0, the others W_i = 0 and b_i = p_i / 2), built here and measured by plain Monte Carlo over
 * the reference law (400,000 samples, fixed seeds, within 5 standard errors). Where importances rise and
 * probabilities fall, keeping the m features with the largest I_i · Var(x_i) beats keeping the m most important.
 */
class TmsNaiveTest {

    @Test
    void theIntroAtAMiddleP() {
        double[] importance = TmsRun.powers(1.0, 0.9, 5);
        double[] p = TmsRun.powers(0.3, 1.0, 5);
        Estimate naive = measure(importance, 1.0, 0.3, 2, new int[] {0, 1});
        assertThat(TmsNaive.lossPerFeature(importance, p, 2, 0.3) * 0.3)
                .isCloseTo(naive.mean(), within(5 * naive.stderr()));
    }

    @Test
    void atP1ItIsTheClosedFormOfTheDenseSolution() {
        double[] importance = TmsRun.powers(1.0, 0.9, 5);
        double closedForm = (Math.pow(0.9, 2) + Math.pow(0.9, 3) + Math.pow(0.9, 4)) / (12 * 5);
        assertThat(TmsNaive.lossPerFeature(importance, TmsRun.powers(1.0, 1.0, 5), 2, 1.0))
                .isCloseTo(closedForm, within(1e-15));
    }

    /** I_i = 1.3^i favours the last features, p_i = 0.8 · 0.5^i makes them rare: I·Var is largest for features 0 and 1. */
    @Test
    void keepsTheFeaturesWithTheLargestWeightedVariance() {
        double[] importance = TmsRun.powers(1.0, 1.3, 5);
        double[] p = TmsRun.powers(0.8, 0.5, 5);
        Estimate byVariance = measure(importance, 0.5, 0.8, 2, new int[] {0, 1});
        Estimate byImportance = measure(importance, 0.5, 0.8, 2, new int[] {3, 4});
        double line = TmsNaive.lossPerFeature(importance, p, 2, 0.8) * 0.8;
        assertThat(line).isCloseTo(byVariance.mean(), within(5 * byVariance.stderr()));
        assertThat(byImportance.mean() - 5 * byImportance.stderr()).isGreaterThan(line);
    }

    private static Estimate measure(double[] importance, double densityDecay, double p, int m, int[] kept) {
        int n = importance.length;
        float[] w = new float[n * m];
        float[] b = new float[n];
        double[] probabilities = TmsRun.powers(p, densityDecay, n);
        for (int i = 0; i < n; i++) {
            b[i] = (float) (probabilities[i] / 2);
        }
        for (int k = 0; k < kept.length; k++) {
            w[kept[k] * m + k] = 1f;
            b[kept[k]] = 0f;
        }
        TmsProblem problem = new TmsProblem(n, m, importance, densityDecay);
        return ReferenceEvaluator.estimate(problem, TmsProblem.parameters(w, b), p, 400_000, new Rng(111));
    }
}
