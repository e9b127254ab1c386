package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's profile (empty input exact, the rest sampled given x ≠ 0) agrees with plain Monte Carlo over the
 * reference law ({@link ReferenceEvaluator} over {@link TmsProblem}) at sparse, middle and dense p, for a model with
 * positive and negative biases, unequal importances and a probability profile; each difference must be within 5
 * combined standard errors (fixed seeds; a false failure has probability below 1e-5 per point). It reaches the
 * target precision where its budget allows.
 */
class TmsEvaluatorTest {
    private static final int N = 6;
    private static final int M = 2;
    private static final double IMPORTANCE_DECAY = 0.9;
    private static final double DENSITY_DECAY = 0.8;
    private static final double[] P = {0.01, 0.2, 1.0};

    @Test
    void profileAgreesWithPlainMonteCarlo() {
        TmsModel model = model();
        LossProfile profile = new TmsEvaluator(model, importance(), DENSITY_DECAY)
                .profile(P, new EvalPrecision(0.003, 200, 3_000_000), new Rng(102));
        TmsProblem problem = new TmsProblem(N, M, importance(), DENSITY_DECAY);
        double[][] theta = TmsProblem.parameters(model.w(), model.b());
        for (int q = 0; q < P.length; q++) {
            Estimate plain = ReferenceEvaluator.estimate(problem, theta, P[q], 400_000, new Rng(103 + q));
            double ours = profile.loss()[q];
            double se = Math.hypot(plain.stderr(), profile.stderr()[q] * P[q]);
            assertThat(ours).as("L(%s)", P[q]).isCloseTo(plain.mean(), within(5 * se));
            assertThat(profile.lossPerFeature()[q]).isEqualTo(ours / P[q]);
        }
    }

    @Test
    void reachesTheTargetWithinItsBudget() {
        LossProfile profile = new TmsEvaluator(model(), importance(), DENSITY_DECAY)
                .profile(P, new EvalPrecision(0.01, 50, 1_000_000), new Rng(104));
        for (int q = 0; q < P.length; q++) {
            // The top-up uses the variance estimated so far, so the last round can land a little above the target.
            assertThat(profile.stderr()[q]).as("SE at p = %s", P[q]).isLessThan(0.011 * profile.lossPerFeature()[q]);
        }
    }

    @Test
    void aSparseProfileIsTheEmptyInputsLossWhereAlmostEveryInputIsEmpty() {
        TmsModel model = model();
        TmsEvaluator evaluator = new TmsEvaluator(model, importance(), DENSITY_DECAY);
        double p = 1e-7;
        LossProfile profile = evaluator.profile(new double[] {p}, new EvalPrecision(0.5, 10, 10), new Rng(105));
        double empty = 0.0;
        for (int j = 0; j < N; j++) {
            double y = Math.max(model.b()[j], 0.0);
            empty += importance()[j] * y * y;
        }
        assertThat(empty).isPositive();
        // P(x ≠ 0) < Σ p_i < 4e-7 and a non-empty input of this model costs less than 2.5, so |L − P(∅) L_∅| < 1e-6.
        assertThat(profile.loss()[0]).isCloseTo(empty / N, within(1e-6));
    }

    private static double[] importance() {
        return TmsRun.powers(1.0, IMPORTANCE_DECAY, N);
    }

    private static TmsModel model() {
        TmsModel model = TmsModel.init(N, M, new Rng(101));
        for (int j = 0; j < N; j++) {
            model.b()[j] = (j % 2 == 0 ? 0.15f : -0.1f) * (j + 1) / N;
        }
        return model;
    }
}
