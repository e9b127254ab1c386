package org.ccsweep.model.task.cc.eval;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;

/**
 * Samples the loss conditioned on exactly k active features and estimates E_k = E[loss | k] with a
 * control variate, keeping running moments per k (Welford) so that strata can be topped up in rounds.
 *
 * <p>Control variate: the additive loss g(x) = Σ_{l active} loss(x_l e_l), the sum of the exact
 * single-feature losses ({@link OneActiveResiduals}), has the known mean E[g | k] = k · E_1 and
 * carries most of the sample-to-sample spread (the t² of each value), so
 * Ê_k = mean(loss) − β (mean(g) − k E_1) with β = Cov(loss, g) / Var(g) fitted per stratum has the
 * variance Var(loss) − Cov(loss, g)² / Var(g) per sample. Fitting β biases Ê_k by O(1/N_k), far
 * below its standard error.
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
    private final OneActiveResiduals single;
    private final double exactOne;
    private final long[] count;
    private final double[] meanLoss;
    private final double[] meanAdditive;
    private final double[] sumSqLoss;
    private final double[] sumSqAdditive;
    private final double[] sumCross;
    private double additive;

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
        this.single = OneActiveResiduals.of(n, d, wIn, wOut, mixingScaled);
        this.exactOne = single.meanLoss();
        this.count = new long[n + 1];
        this.meanLoss = new double[n + 1];
        this.meanAdditive = new double[n + 1];
        this.sumSqLoss = new double[n + 1];
        this.sumSqAdditive = new double[n + 1];
        this.sumCross = new double[n + 1];
    }

    /** Draws {@code samples} inputs with exactly k active features and adds their losses to stratum k. */
    void draw(int k, long samples, Rng rng) {
        for (long s = 0; s < samples; s++) {
            double loss = sampleLoss(k, rng);
            count[k]++;
            double deltaLoss = loss - meanLoss[k];
            double deltaAdditive = additive - meanAdditive[k];
            meanLoss[k] += deltaLoss / count[k];
            meanAdditive[k] += deltaAdditive / count[k];
            sumSqLoss[k] += deltaLoss * (loss - meanLoss[k]);
            sumSqAdditive[k] += deltaAdditive * (additive - meanAdditive[k]);
            sumCross[k] += deltaLoss * (additive - meanAdditive[k]);
        }
    }

    long count(int k) {
        return count[k];
    }

    /** Ê_k, the control-variate estimate of E[loss | k]. */
    double mean(int k) {
        return meanLoss[k] - beta(k) * (meanAdditive[k] - k * exactOne);
    }

    /** The variance per sample of Ê_k, Var(loss − β g) (0 with fewer than two samples). */
    double variance(int k) {
        if (count[k] < 2) {
            return 0.0;
        }
        double residual = sumSqLoss[k] - beta(k) * sumCross[k];
        return Math.max(residual, 0.0) / (count[k] - 1);
    }

    private double beta(int k) {
        return sumSqAdditive[k] > 0.0 ? sumCross[k] / sumSqAdditive[k] : 0.0;
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
        additive = 0.0;
        for (int a = 0; a < k; a++) {
            additive += single.loss(active[a], values[a]);
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += residual[j] * residual[j];
        }
        return sum / n;
    }

}
