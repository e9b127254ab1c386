package org.ccsweep.model.eval;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;

/**
 * Samples the loss conditioned on exactly k active features and keeps, per k, the running mean and
 * the sum of squared deviations (Welford), so that strata can be topped up in several rounds.
 *
 * <p>A sample picks k distinct features uniformly (a partial Fisher–Yates shuffle) with values
 * U[−1, 1]. The forward pass touches only what is non-zero: the pre-activation sums k rows of W_in
 * (k·d), the output sums the rows of W_out of the positive neurons, and the residual
 * r = ŷ − y = Σ_{h_c > 0} h_c W_out[c, :] − Σ_{l active} x_l M_s[:, l] − ReLU(x) sums k columns of M_s
 * (stored transposed so that a column is contiguous); the loss is ‖r‖² / n. Weights are copied to
 * double once. Not thread-safe.
 */
final class StratumSampler {
    private final int n;
    private final int d;
    private final double[] wIn;
    private final double[] wOut;
    private final double[] mixingTransposed;
    private final int[] permutation;
    private final int[] active;
    private final double[] values;
    private final double[] hidden;
    private final double[] residual;
    private final long[] count;
    private final double[] mean;
    private final double[] sumSqDev;

    StratumSampler(int n, int d, float[] wIn, float[] wOut, float[] mixingScaled) {
        this.n = n;
        this.d = d;
        this.wIn = toDouble(wIn);
        this.wOut = toDouble(wOut);
        this.mixingTransposed = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int l = 0; l < n; l++) {
                mixingTransposed[l * n + j] = mixingScaled[j * n + l];
            }
        }
        this.permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        this.active = new int[n];
        this.values = new double[n];
        this.hidden = new double[d];
        this.residual = new double[n];
        this.count = new long[n + 1];
        this.mean = new double[n + 1];
        this.sumSqDev = new double[n + 1];
    }

    /** Draws {@code samples} inputs with exactly k active features and adds their losses to stratum k. */
    void draw(int k, long samples, Rng rng) {
        for (long s = 0; s < samples; s++) {
            double loss = sampleLoss(k, rng);
            count[k]++;
            double delta = loss - mean[k];
            mean[k] += delta / count[k];
            sumSqDev[k] += delta * (loss - mean[k]);
        }
    }

    long count(int k) {
        return count[k];
    }

    /** The sample mean of stratum k: the estimate of E[loss | k]. */
    double mean(int k) {
        return mean[k];
    }

    /** The unbiased sample variance of one loss in stratum k (0 with fewer than two samples). */
    double variance(int k) {
        return count[k] < 2 ? 0.0 : sumSqDev[k] / (count[k] - 1);
    }

    private double sampleLoss(int k, Rng rng) {
        for (int a = 0; a < k; a++) {
            int pick = a + rng.nextInt(n - a);
            int swap = permutation[a];
            permutation[a] = permutation[pick];
            permutation[pick] = swap;
            active[a] = permutation[a];
            values[a] = rng.uniform(-1.0, 1.0);
        }
        Arrays.fill(hidden, 0.0);
        for (int a = 0; a < k; a++) {
            double xa = values[a];
            int row = active[a] * d;
            for (int c = 0; c < d; c++) {
                hidden[c] += xa * wIn[row + c];
            }
        }
        Arrays.fill(residual, 0.0);
        for (int c = 0; c < d; c++) {
            double hc = hidden[c];
            if (hc > 0.0) {
                int row = c * n;
                for (int j = 0; j < n; j++) {
                    residual[j] += hc * wOut[row + j];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            double xa = values[a];
            int row = active[a] * n;
            for (int j = 0; j < n; j++) {
                residual[j] -= xa * mixingTransposed[row + j];
            }
            if (xa > 0.0) {
                residual[active[a]] -= xa;
            }
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += residual[j] * residual[j];
        }
        return sum / n;
    }

    private static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
