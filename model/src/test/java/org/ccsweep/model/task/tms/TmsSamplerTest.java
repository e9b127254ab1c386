package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The fast sampler draws the TMS law, as the plain reference sampler does: each feature active with its own p_i (here 0.9 · 0.5^i),
 * independently of the others, with values U[0, 1). Over 51,200 samples (50 batches of 1024, fixed seeds) each
 * frequency, mean and second moment must lie within 5 of its standard errors of the law's value (a false failure
 * has probability below 1e-5 per check), and every value must lie in [0, 1].
 */
class TmsSamplerTest {
    private static final double P0 = 0.9;
    private static final double DECAY = 0.5;
    /** p_i = 0.9 · 0.5^i: 0.9 down to 0.056. */
    private static final double[] P = TmsRun.powers(P0, DECAY, 5);
    private static final int BATCH = 1024;
    private static final int BATCHES = 50;

    @Test
    void fastSamplerDrawsTheLaw() {
        TmsSampler sampler = new TmsSampler(P, BATCH);
        Rng rng = new Rng(91);
        Moments moments = new Moments();
        for (int t = 0; t < BATCHES; t++) {
            sampler.next(rng);
            for (int s = 0; s < BATCH; s++) {
                double[] x = new double[P.length];
                for (int i = 0; i < P.length; i++) {
                    x[i] = sampler.xt[i * BATCH + s];
                    assertThat(x[i]).isBetween(0.0, 1.0);
                }
                moments.add(x);
            }
        }
        moments.check();
    }

    @Test
    void referenceSamplerDrawsTheSameLaw() {
        TmsProblem problem = new TmsProblem(P.length, 1, new double[P.length], DECAY);
        Rng rng = new Rng(92);
        Moments moments = new Moments();
        for (int s = 0; s < BATCH * BATCHES; s++) {
            double[] x = new double[P.length];
            problem.sample(P0, rng, x);
            moments.add(x);
        }
        moments.check();
    }

    /** Frequencies, value moments and the pairwise frequency of features 0 and 1. */
    private static final class Moments {
        final long[] active = new long[P.length];
        final double[] sum = new double[P.length];
        final double[] sumSq = new double[P.length];
        long both;
        long samples;

        void add(double[] x) {
            samples++;
            for (int i = 0; i < P.length; i++) {
                if (x[i] != 0.0) {
                    active[i]++;
                    sum[i] += x[i];
                    sumSq[i] += x[i] * x[i];
                }
            }
            both += x[0] != 0.0 && x[1] != 0.0 ? 1 : 0;
        }

        void check() {
            for (int i = 0; i < P.length; i++) {
                double frequency = (double) active[i] / samples;
                assertThat(frequency).as("P(x_%d ≠ 0)", i).isCloseTo(P[i], within(5 * Math.sqrt(P[i] * (1 - P[i]) / samples)));
                assertThat(sum[i] / active[i]).as("E[x_%d | active]", i).isCloseTo(0.5, within(5 * Math.sqrt(1.0 / 12 / active[i])));
                assertThat(sumSq[i] / active[i]).as("E[x_%d² | active]", i)
                        .isCloseTo(1.0 / 3, within(5 * Math.sqrt(4.0 / 45 / active[i])));
            }
            double pair = P[0] * P[1];
            assertThat((double) both / samples).as("P(x_0 ≠ 0, x_1 ≠ 0)")
                    .isCloseTo(pair, within(5 * Math.sqrt(pair * (1 - pair) / samples)));
        }
    }
}
