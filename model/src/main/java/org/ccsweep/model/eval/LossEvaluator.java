package org.ccsweep.model.eval;

import org.ccsweep.model.run.Rng;

/**
 * Plain Monte Carlo loss profile: for each p_eval, {@code samplesPerK} Bernoulli(p_eval) samples
 * with values U[−1, 1], loss = mean over samples of mean over outputs of (ŷ − y)² with
 * y = ReLU(x) + x · M_sᵀ. A stand-in until the exact-in-the-sparse-limit evaluator lands.
 */
public final class LossEvaluator {
    private LossEvaluator() {
    }

    /**
     * @param wIn          W_in, n × d row-major
     * @param wOut         W_out, d × n row-major
     * @param mixingScaled M_s = |s| · M, n × n row-major
     * @param pEval        the p_eval grid
     * @param samplesPerK  samples per p_eval here
     * @param rng          the eval stream
     */
    public static LossProfile profile(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled, double[] pEval,
            int samplesPerK, Rng rng) {
        double[] loss = new double[pEval.length];
        double[] perFeature = new double[pEval.length];
        double[] stderr = new double[pEval.length];
        double[] x = new double[n];
        double[] h = new double[d];
        for (int q = 0; q < pEval.length; q++) {
            double sum = 0.0;
            double sumSq = 0.0;
            for (int sample = 0; sample < samplesPerK; sample++) {
                for (int j = 0; j < n; j++) {
                    x[j] = rng.nextDouble() < pEval[q] ? rng.uniform(-1.0, 1.0) : 0.0;
                }
                double l = sampleLoss(n, d, wIn, wOut, mixingScaled, x, h);
                sum += l;
                sumSq += l * l;
            }
            double mean = sum / samplesPerK;
            double variance = Math.max(sumSq / samplesPerK - mean * mean, 0.0);
            loss[q] = mean;
            perFeature[q] = mean / pEval[q];
            stderr[q] = Math.sqrt(variance / samplesPerK) / pEval[q];
        }
        return new LossProfile(pEval.clone(), loss, perFeature, stderr);
    }

    private static double sampleLoss(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled, double[] x,
            double[] h) {
        java.util.Arrays.fill(h, 0.0);
        for (int j = 0; j < n; j++) {
            if (x[j] != 0.0) {
                for (int c = 0; c < d; c++) {
                    h[c] += x[j] * wIn[j * d + c];
                }
            }
        }
        double total = 0.0;
        for (int o = 0; o < n; o++) {
            double yHat = 0.0;
            for (int c = 0; c < d; c++) {
                yHat += Math.max(h[c], 0.0) * wOut[c * n + o];
            }
            double y = Math.max(x[o], 0.0);
            for (int j = 0; j < n; j++) {
                y += x[j] * mixingScaled[o * n + j];
            }
            double residual = yHat - y;
            total += residual * residual;
        }
        return total / n;
    }
}
