package org.ccsweep.model.task.cc.eval;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.run.Rng;

/**
 * The loss at one p by plain Monte Carlo, written as directly as the definition and sharing no code
 * with the stratified evaluator, so that each checks the other. Per sample: every feature is active
 * with probability p, value U[−1, 1]; ŷ = ReLU(x · W_in) · W_out; y_j = ReLU(x_j) + Σ_l M_s[j, l] x_l;
 * loss = (1/n) Σ_j (ŷ_j − y_j)². Shapes: W_in n × d, W_out d × n, M_s n × n, all row-major.
 */
final class PlainMonteCarlo {

    private PlainMonteCarlo() {
    }

    static Estimate estimate(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled, double p, long samples,
                             Rng rng) {
        double[] x = new double[n];
        double[] h = new double[d];
        double sum = 0.0;
        double sumSq = 0.0;
        for (long s = 0; s < samples; s++) {
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextDouble() < p ? rng.uniform(-1.0, 1.0) : 0.0;
            }
            for (int c = 0; c < d; c++) {
                double pre = 0.0;
                for (int i = 0; i < n; i++) {
                    pre += x[i] * wIn[i * d + c];
                }
                h[c] = Math.max(pre, 0.0);
            }
            double loss = 0.0;
            for (int j = 0; j < n; j++) {
                double yHat = 0.0;
                for (int c = 0; c < d; c++) {
                    yHat += h[c] * wOut[c * n + j];
                }
                double y = Math.max(x[j], 0.0);
                for (int l = 0; l < n; l++) {
                    y += mixingScaled[j * n + l] * x[l];
                }
                loss += (yHat - y) * (yHat - y);
            }
            loss /= n;
            sum += loss;
            sumSq += loss * loss;
        }
        double mean = sum / samples;
        double variance = Math.max(sumSq / samples - mean * mean, 0.0) * samples / (samples - 1);
        return new Estimate(mean, Math.sqrt(variance / samples));
    }
}
