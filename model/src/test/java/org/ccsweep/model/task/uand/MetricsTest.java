package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The metrics are what their definitions say, recomputed from the dense reference's read-offs and labels on
 * the same inputs, in double: RMS errors per class, the mean positive read-off, the objective, the class
 * counts and the ε-fractions (float read-offs may put an error on the other side of an ε in rare cases,
 * hence 1e-3 on the fractions; 1e-5 relative on the rest bounds float rounding).
 */
class MetricsTest {

    @Test
    void superposedXorMatchesTheReference() {
        Structure s = Structure.draw(14, 50, 8, 20, new Rng(1));
        check(s, 10, Operation.XOR, 0.15);
    }

    @Test
    void directAndMatchesTheReference() {
        Structure s = Structure.draw(10, 0, 0, 0, new Rng(2));
        check(s, 12, Operation.AND, 0.3);
    }

    private static void check(Structure s, int d, Operation op, double p) {
        LossWeights weights = LossWeights.balanced(op.positiveRate(p));
        Net net = Net.init(FirstLayer.GAUSSIAN, s, d, 0.0, new Rng(3));
        ReadoffMetrics m = Metrics.measure("trained", s, net, op, weights, p, 3000, new Rng(4));

        UandProblem problem = new UandProblem(s, d, op, weights);
        double[][] theta = UandProblem.parameters(net);
        BooleanBatch batch = new BooleanBatch(s.features(), 1024);
        Rng rng = new Rng(4);
        double[] eps = new double[Metrics.EPSILON_FACTORS.length];
        for (int k = 0; k < eps.length; k++) {
            eps[k] = Metrics.EPSILON_FACTORS[k] * Math.log(d) / Math.sqrt(d);
        }
        double zero2 = 0;
        double pos2 = 0;
        double posSum = 0;
        double objective = 0;
        long zeros = 0;
        long positives = 0;
        long[] inZero = new long[eps.length];
        long[] inPos = new long[eps.length];
        for (int done = 0; done < 3000; done += 1024) {
            batch.draw(Math.min(1024, 3000 - done), p, rng);
            List<double[]> xs = Batches.dense(batch, s.features());
            for (double[] x : xs) {
                double[] r = new double[s.outputs()];
                double[] y = new double[s.outputs()];
                problem.forward(theta, x, r);
                problem.labels(theta, x, y);
                objective += problem.loss(theta, x, null);
                for (int o = 0; o < r.length; o++) {
                    double e = r[o] - y[o];
                    if (y[o] == 1.0) {
                        pos2 += e * e;
                        posSum += r[o];
                        positives++;
                    } else {
                        zero2 += e * e;
                        zeros++;
                    }
                    for (int k = 0; k < eps.length; k++) {
                        if (Math.abs(e) < eps[k]) {
                            (y[o] == 1.0 ? inPos : inZero)[k]++;
                        }
                    }
                }
            }
        }
        assertThat(m.zeros()).isEqualTo(zeros);
        assertThat(m.positives()).isEqualTo(positives).isPositive();
        assertThat(m.rmsZero()).isCloseTo(Math.sqrt(zero2 / zeros), within(1e-5 * m.rmsZero()));
        assertThat(m.rmsPositive()).isCloseTo(Math.sqrt(pos2 / positives), within(1e-5 * m.rmsPositive()));
        assertThat(m.meanPositive()).isCloseTo(posSum / positives, within(1e-5 * Math.abs(m.meanPositive())));
        assertThat(m.objective()).isCloseTo(objective / 3000, within(1e-5 * m.objective()));
        assertThat(m.epsilon()).containsExactly(eps);
        for (int k = 0; k < eps.length; k++) {
            assertThat(m.withinZero()[k]).isCloseTo((double) inZero[k] / zeros, within(1e-3));
            assertThat(m.withinPositive()[k]).isCloseTo((double) inPos[k] / positives, within(1e-3));
        }
        assertThat(m.withinZero()[0]).isLessThan(m.withinZero()[3]);
    }
}
