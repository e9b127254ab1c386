package org.ccsweep.model.task.tms;

import java.util.Arrays;

/**
 * The fast path's loss and gradient of one batch, in float32: the mean over the batch of {@link TmsProblem#loss}
 * and its gradient with respect to W (n × m row-major) and b. The batch is held feature-major (xᵀ, n × B, from
 * {@link TmsSampler}) and so are the activations, so that every inner loop runs along the batch whatever n and m are
 * (the notebook's n = 5, m = 2 as well as the geometry run's n = 200, m = 20). The batch is taken in chunks of C
 * samples ({@link #chunk}), C chosen from m so that a chunk's hᵀ (m × C floats) stays in the L1 cache; per chunk:
 * <pre>
 *   hᵀ[k]  = Σ_i W[i, k] xᵀ[i]                            (m × C)
 *   z[j]   = b_j + Σ_k W[j, k] hᵀ[k]                      (n × C)
 *   r      = ReLU(z) − xᵀ,   loss += Σ_j I_j Σ_s r²
 *   dz[j]  = c I_j r where z &gt; 0, else 0                (c = 2 / (B n); written over z)
 *   ∂b_j  += Σ_s dz[j],   ∂W[j, k] += Σ_s dz[j] hᵀ[k]     (decoder)
 *   dhᵀ[k] = Σ_j W[j, k] dz[j]                            (m × C)
 *   ∂W[i, k] += Σ_s xᵀ[i] dhᵀ[k]                          (encoder)
 * </pre>
 * with {@link Lanes}' products ({@link Lanes#rows}) and sums along the batch ({@link Lanes#dots}, in its fixed lane
 * order: per chunk the decoder's terms, then the encoder's). C depends on m only, so a run gives the same bits whatever
 * else the JVM runs, with or without the Vector API. The loss adds each chunk's float sums in double.
 */
final class TmsStep {
    /** Floats of hᵀ per chunk: 16 KB of the L1 cache. */
    private static final int CHUNK_FLOATS = 4096;

    private final int n;
    private final int m;
    private final int batch;
    private final int chunk;
    private final float[] importance;
    private final float[] ht;
    private final float[] z;
    private final float[] dht;
    private final float[] wLanes;
    private final float[] wTail;
    private final float[] bLanes;
    private final float[] bTail;
    private final float[] lossLanes = new float[Lanes.LANES];
    private final float[] lossTail = new float[1];

    TmsStep(double[] importance, int m, int batch) {
        this.n = importance.length;
        this.m = m;
        this.batch = batch;
        this.chunk = chunk(m, batch);
        this.importance = new float[n];
        for (int i = 0; i < n; i++) {
            this.importance[i] = (float) importance[i];
        }
        this.ht = new float[m * chunk];
        this.z = new float[n * chunk];
        this.dht = new float[m * chunk];
        this.wLanes = new float[n * m * Lanes.LANES];
        this.wTail = new float[n * m];
        this.bLanes = new float[n * Lanes.LANES];
        this.bTail = new float[n];
    }

    /**
     * C: the samples of a chunk, a multiple of 32 with hᵀ (m × C floats) in {@value #CHUNK_FLOATS} floats, and no more
     * than the batch needs (B rounded up to 32; a batch of one chunk is computed the same either way).
     */
    static int chunk(int m, int batch) {
        return Math.min(Math.max(32, CHUNK_FLOATS / m / 32 * 32), (batch + 31) / 32 * 32);
    }

    /**
     * @param w  W, n × m row-major
     * @param b  b, n
     * @param gw overwritten with ∂loss/∂W
     * @param gb overwritten with ∂loss/∂b
     * @return the mean loss over the batch
     */
    double lossAndGradient(TmsSampler sampler, float[] w, float[] b, float[] gw, float[] gb) {
        float[] xt = sampler.xt;
        Arrays.fill(wLanes, 0f);
        Arrays.fill(wTail, 0f);
        Arrays.fill(bLanes, 0f);
        Arrays.fill(bTail, 0f);
        float c = (float) (2.0 / ((double) batch * n));
        double total = 0.0;
        for (int s0 = 0; s0 < batch; s0 += chunk) {
            int length = Math.min(chunk, batch - s0);
            Arrays.fill(ht, 0f);
            Lanes.rows(w, 0, 1, m, m, n, xt, s0, batch, ht, 0, chunk, length);
            for (int j = 0; j < n; j++) {
                Arrays.fill(z, j * chunk, j * chunk + length, b[j]);
            }
            Lanes.rows(w, 0, m, 1, n, m, ht, 0, chunk, z, 0, chunk, length);
            for (int j = 0; j < n; j++) {
                Arrays.fill(lossLanes, 0f);
                lossTail[0] = 0f;
                Lanes.residual(z, j * chunk, xt, j * batch + s0, length, c * importance[j], lossLanes, lossTail);
                total += importance[j] * (double) Lanes.total(lossLanes, 0, lossTail[0]);
                Lanes.sum(z, j * chunk, length, bLanes, j * Lanes.LANES, bTail, j);
            }
            Lanes.dots(z, 0, chunk, n, ht, 0, chunk, m, length, wLanes, wTail);
            Arrays.fill(dht, 0f);
            Lanes.rows(w, 0, 1, m, m, n, z, 0, chunk, dht, 0, chunk, length);
            Lanes.dots(xt, s0, batch, n, dht, 0, chunk, m, length, wLanes, wTail);
        }
        for (int e = 0; e < n * m; e++) {
            gw[e] = Lanes.total(wLanes, e * Lanes.LANES, wTail[e]);
        }
        for (int j = 0; j < n; j++) {
            gb[j] = Lanes.total(bLanes, j * Lanes.LANES, bTail[j]);
        }
        return total / ((double) batch * n);
    }
}
