package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The profile's L(p) is the training objective, the run's weights at every p, by plain Monte Carlo: it agrees
 * with the generic reference evaluator on the dense problem with the same weights at two p, within 4 combined
 * standard errors (independent samples), and it reaches the requested relative standard error.
 */
class ProfileTest {

    @Test
    void agreesWithTheReferenceEvaluator() {
        Structure s = Structure.draw(12, 30, 6, 0, new Rng(1));
        Net net = Net.init(FirstLayer.TRAINED, s, 8, 0.0, new Rng(2));
        double[] pEval = {0.05, 0.3};
        LossWeights weights = LossWeights.balanced(Operation.XOR.positiveRate(0.1));
        LossProfile profile = Profile.measure(s, net, Operation.XOR, weights, pEval,
                new EvalPrecision(0.005, 500, 400_000), new Rng(3));
        UandProblem problem = new UandProblem(s, 8, Operation.XOR, weights);
        for (int i = 0; i < pEval.length; i++) {
            Estimate reference = ReferenceEvaluator.estimate(problem, UandProblem.parameters(net), pEval[i], 40_000,
                    new Rng(4 + i));
            double se = Math.hypot(profile.stderr()[i] * pEval[i], reference.stderr());
            assertThat(Math.abs(profile.loss()[i] - reference.mean())).as("p = %s", pEval[i]).isLessThan(4 * se);
            assertThat(profile.lossPerFeature()[i]).isEqualTo(profile.loss()[i] / pEval[i]);
            assertThat(profile.stderr()[i] * pEval[i]).isLessThanOrEqualTo(0.005 * profile.loss()[i]);
        }
    }
}
