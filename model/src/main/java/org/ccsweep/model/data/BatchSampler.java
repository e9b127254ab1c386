package org.ccsweep.model.data;

import org.ccsweep.model.run.Rng;

/**
 * Draws training batches (science.md section 1) into a reused {@link SparseBatch}.
 *
 * <p>Bernoulli mode walks the flattened batch × n sequence of Bernoulli(p) trials by geometric
 * skip-ahead: the number of inactive features before the next active one is
 * gap = floor(log(U) / log(1 − p)) with U uniform in (0, 1], which is Geometric(p) and so gives
 * exactly iid Bernoulli(p) trials, at a cost proportional to the active features only. Each active
 * feature's value is U[−1, 1), drawn right after its gap. For p = 1 every feature is active.
 *
 * <p>Exactly-one mode draws, per sample, a uniform feature and then its value U[−1, 1).
 */
public final class BatchSampler {
    private final InputMode mode;
    private final double p;
    private final double invLogNotP;
    private final Rng rng;
    private final SparseBatch batch;

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
        this.p = p;
        this.invLogNotP = 1.0 / Math.log1p(-p);
        this.rng = rng;
        this.batch = new SparseBatch(batchSize, nFeatures);
    }

    /** Draws the next batch into the sampler's one {@link SparseBatch} and returns it. */
    public SparseBatch next() {
        if (mode == InputMode.EXACTLY_ONE) {
            fillExactlyOne();
        } else {
            fillBernoulli();
        }
        return batch;
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

    private void fillBernoulli() {
        int n = batch.nFeatures();
        long total = (long) batch.batch() * n;
        int[] rowStart = batch.rowStart;
        int count = 0;
        int nextRow = 0;
        long position = -1;
        while (true) {
            position += 1 + gap();
            if (position >= total) {
                break;
            }
            int flat = (int) position;
            int row = flat / n;
            while (nextRow <= row) {
                rowStart[nextRow++] = count;
            }
            batch.feature[count] = flat - row * n;
            batch.value[count] = (float) rng.uniform(-1.0, 1.0);
            count++;
        }
        while (nextRow <= batch.batch()) {
            rowStart[nextRow++] = count;
        }
    }

    /** Inactive trials before the next active one: Geometric(p) on {0, 1, …}, capped to stay a long. */
    private long gap() {
        if (p == 1.0) {
            return 0;
        }
        double u = 1.0 - rng.nextDouble();
        double g = Math.floor(Math.log(u) * invLogNotP);
        return g >= 0x1p62 ? (long) 0x1p62 : (long) g;
    }
}
