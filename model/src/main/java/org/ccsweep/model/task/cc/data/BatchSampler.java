package org.ccsweep.model.task.cc.data;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;

/**
 * Draws training batches (science.md section 1) into a reused {@link SparseBatch}.
 *
 * <p>Bernoulli mode draws each sample's active set as iid Bernoulli(p) trials do, without a draw
 * per trial: first the number of active features k ~ Binomial(n, p), by inverting its cumulative
 * distribution with one uniform (a table of n + 1 doubles built once; the search starts at k = 0,
 * where a sparse batch's samples almost all end), then k distinct features uniformly (a set of size
 * k has probability p^k (1 − p)^(n − k) either way), in ascending order, then each one's value
 * U[−1, 1) in that order. At p = 0.01 that is about 3 draws per sample, against a logarithm per
 * active feature for geometric skip-ahead over the batch × n trials. Distinct features come from a
 * uniform draw per entry made distinct by rejection: for k ≤ {@value #SMALL_SET} by insertion into
 * a sorted list, otherwise by marking features (the n − k inactive ones when k &gt; n / 2) and reading
 * the marks in order. For p = 1 every feature is active. The passes are ordered to keep the
 * branches predictable (see {@link #fillBernoulli}); the order of draws is part of what a seed means.
 * The counts, the features and the values are each one bulk draw of {@link Rng}, the numbers of as
 * many one-number calls, computed 8 at a time where the CPU has 512-bit vectors.
 *
 * <p>Exactly-one mode draws, per sample, a uniform feature and then its value U[−1, 1).
 */
public final class BatchSampler {
    /** The largest k whose features are kept in a sorted list while drawn; larger sets use marks. */
    static final int SMALL_SET = 8;

    private final InputMode mode;
    private final Rng rng;
    private final SparseBatch batch;
    private final double[] activeCountCdf;
    private final int[] marks;
    private final int[] multiSamples;
    private final int[] activeCounts;
    private int markRound;

    /**
     * @param mode      Bernoulli or exactly-one
     * @param p         feature probability in (0, 1] (ignored by exactly-one)
     * @param batchSize samples per batch
     * @param nFeatures n
     * @param rng       the training stream
     */
    public BatchSampler(InputMode mode, double p, int batchSize, int nFeatures, Rng rng) {
        if (mode == InputMode.BERNOULLI && !(p > 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("feature probability p must be in (0, 1], got " + p);
        }
        this.mode = mode;
        this.rng = rng;
        this.batch = new SparseBatch(batchSize, nFeatures);
        this.activeCountCdf = mode == InputMode.BERNOULLI ? binomialCdf(nFeatures, p) : new double[0];
        this.marks = new int[nFeatures];
        this.multiSamples = new int[batchSize];
        this.activeCounts = new int[batchSize];
    }

    /** Draws the next batch into the sampler's one {@link SparseBatch} and returns it. */
    public SparseBatch next() {
        batch.generation++;
        if (mode == InputMode.EXACTLY_ONE) {
            fillExactlyOne();
        } else {
            fillBernoulli();
        }
        return batch;
    }

    /**
     * P(K ≤ k) for K ~ Binomial(n, p), k = 0..n, from the probabilities' recurrence in log space
     * (p^n underflows for large n); the last entry is exactly 1 so that every uniform finds a k.
     */
    static double[] binomialCdf(int n, double p) {
        double[] cdf = new double[n + 1];
        double total = 0.0;
        for (int k = 0; k <= n; k++) {
            double logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
            double logPk = logChoose + (k == 0 ? 0.0 : k * Math.log(p)) + (n - k == 0 ? 0.0 : (n - k) * Math.log1p(-p));
            total += Math.exp(logPk);
            cdf[k] = total;
        }
        cdf[n] = 1.0;
        return cdf;
    }

    private static double logFactorial(int k) {
        double s = 0.0;
        for (int i = 2; i <= k; i++) {
            s += Math.log(i);
        }
        return s;
    }

    private void fillExactlyOne() {
        int n = batch.nFeatures();
        for (int i = 0; i < batch.batch(); i++) {
            batch.rowStart[i] = i;
            batch.feature[i] = rng.nextInt(n);
            batch.value[i] = (float) rng.uniform(-1.0, 1.0);
        }
        batch.rowStart[batch.batch()] = batch.batch();
    }

    /**
     * Passes with few unpredictable branches (a sparse batch's k is 0, 1 or 2 at random), each a
     * bulk draw of {@link Rng}'s: the counts, then a uniform feature per entry, then the samples with
     * k ≥ 2 made distinct and ascending, then the values. The distinct pass first orders every such
     * sample's first two features without branches; only samples with k ≥ 3 or a repeated pair go on
     * to {@link #sortDistinct}, in sample order, so redraws come in the order they always have (and
     * sortDistinct's first insertion finds the two already ordered, as it would have left them).
     */
    private void fillBernoulli() {
        int n = batch.nFeatures();
        int[] rowStart = batch.rowStart;
        int[] feature = batch.feature;
        rng.nextInverseCdf(activeCountCdf, activeCounts, 0, batch.batch());
        int count = 0;
        int multi = 0;
        for (int i = 0; i < batch.batch(); i++) {
            rowStart[i] = count;
            int k = activeCounts[i];
            count += k;
            multiSamples[multi] = i;
            multi += k >= 2 ? 1 : 0;
        }
        rowStart[batch.batch()] = count;
        rng.nextInts(feature, 0, count, n);
        int unsorted = 0;
        for (int r = 0; r < multi; r++) {
            int i = multiSamples[r];
            int from = rowStart[i];
            int first = feature[from];
            int second = feature[from + 1];
            feature[from] = Math.min(first, second);
            feature[from + 1] = Math.max(first, second);
            multiSamples[unsorted] = i;
            unsorted += (rowStart[i + 1] - from != 2) | (first == second) ? 1 : 0;
        }
        for (int r = 0; r < unsorted; r++) {
            int i = multiSamples[r];
            int k = rowStart[i + 1] - rowStart[i];
            if (k <= SMALL_SET) {
                sortDistinct(rowStart[i], k);
            } else {
                drawMarked(k, rowStart[i]);
            }
        }
        rng.nextFloats(batch.value, 0, count, -1.0, 1.0);
    }

    /**
     * Makes the k uniform features at feature[from, from + k) distinct and ascending: each is inserted
     * into the sorted ones before it, and redrawn while it equals one of them (for k = 2, the commonest,
     * the same without loops). The result is a uniform k-set, since nothing here depends on which
     * features they are, only on which are equal.
     */
    private void sortDistinct(int from, int k) {
        int n = batch.nFeatures();
        int[] feature = batch.feature;
        if (k == 2) {
            int first = feature[from];
            int second = feature[from + 1];
            while (second == first) {
                second = rng.nextInt(n);
            }
            feature[from] = Math.min(first, second);
            feature[from + 1] = Math.max(first, second);
            return;
        }
        for (int e = from + 1; e < from + k; e++) {
            int j = feature[e];
            int at = e;
            while (at > from && feature[at - 1] > j) {
                at--;
            }
            while (at > from && feature[at - 1] == j) {
                j = rng.nextInt(n);
                at = e;
                while (at > from && feature[at - 1] > j) {
                    at--;
                }
            }
            System.arraycopy(feature, at, feature, at + 1, e - at);
            feature[at] = j;
        }
    }

    /**
     * k distinct uniform features into feature[from, from + k), ascending: the active ones marked by
     * rejection, or the n − k inactive ones when fewer, then the marks read in feature order.
     */
    private void drawMarked(int k, int from) {
        int n = batch.nFeatures();
        boolean complement = k > n / 2;
        int toMark = complement ? n - k : k;
        if (++markRound == 0) {
            Arrays.fill(marks, 0);
            markRound = 1;
        }
        int round = markRound;
        for (int marked = 0; marked < toMark; ) {
            int j = rng.nextInt(n);
            if (marks[j] != round) {
                marks[j] = round;
                marked++;
            }
        }
        int e = from;
        for (int j = 0; j < n; j++) {
            if ((marks[j] == round) != complement) {
                batch.feature[e++] = j;
            }
        }
    }
}
