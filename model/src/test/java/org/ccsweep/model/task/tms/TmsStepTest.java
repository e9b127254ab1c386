package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.ReferenceStep;
import org.junit.jupiter.api.Test;

/**
 * The fast float step equals the plain double reference ({@link ReferenceStep} over {@link TmsProblem}) on the same
 * batch: loss and every gradient entry, in the sparse and the dense regime and with many features. The float sums
 * along the batch, in 16 lanes, leave at most 1.6e-7 of the largest gradient entry and 7e-8 of the loss on these
 * batches (and on the geometry run's n = 200, m = 20, B = 1024); the tolerances, 1e-5 and 1e-6, are 60 times that and
 * far below a missing or misplaced term, which moves entries by a sizeable part of the largest.
 */
class TmsStepTest {

    @Test
    void sparseBatchOfTheIntro() {
        check(5, 2, 0.9, 1.0, 0.05, 256, 81);
    }

    @Test
    void denseBatchWithAProbabilityProfile() {
        check(6, 3, 1.1, 0.8, 1.0, 64, 82);
    }

    @Test
    void manyFeaturesFewDimensions() {
        check(40, 6, 1.0, 1.0, 0.2, 64, 83);
    }

    private static void check(int n, int m, double importanceDecay, double densityDecay, double p, int batch, long seed) {
        double[] importance = TmsRun.powers(1.0, importanceDecay, n);
        double[] probabilities = TmsRun.powers(p, densityDecay, n);
        TmsModel model = TmsModel.init(n, m, new Rng(seed));
        Rng rng = new Rng(seed + 1000);
        for (int j = 0; j < n; j++) {
            model.b()[j] = (float) rng.uniform(-0.2, 0.2);
        }
        TmsSampler sampler = new TmsSampler(probabilities, batch);
        sampler.next(rng);
        float[] gw = new float[n * m];
        float[] gb = new float[n];
        double fast = new TmsStep(importance, m, batch).lossAndGradient(sampler, model.w(), model.b(), gw, gb);

        List<double[]> xs = new ArrayList<>();
        for (int s = 0; s < batch; s++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = sampler.xt[i * batch + s];
            }
            xs.add(x);
        }
        TmsProblem problem = new TmsProblem(n, m, importance, densityDecay);
        double[][] theta = TmsProblem.parameters(model.w(), model.b());
        double[][] grads = {new double[n * m], new double[n]};
        double reference = ReferenceStep.lossAndGradient(problem, theta, xs, grads);

        assertThat(fast).isCloseTo(reference, within(1e-6 * reference));
        double largest = 0.0;
        for (double[] g : grads) {
            for (double v : g) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        assertThat(largest).isGreaterThan(0.0);
        for (int e = 0; e < n * m; e++) {
            assertThat((double) gw[e]).as("∂W[%d]", e).isCloseTo(grads[0][e], within(1e-5 * largest));
        }
        for (int j = 0; j < n; j++) {
            assertThat((double) gb[j]).as("∂b[%d]", j).isCloseTo(grads[1][j], within(1e-5 * largest));
        }
    }
}
