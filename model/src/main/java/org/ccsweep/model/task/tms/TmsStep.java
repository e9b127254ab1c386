package org.ccsweep.model.task.tms;

import java.util.Arrays;

/**
 * The fast path's loss and gradient of one batch, in float32: the mean over the batch of {@link TmsProblem#loss}
 * and its gradient with respect to W (n × m row-major) and b. The batch is held feature-major (xᵀ, n × B, from
 * {@link TmsSampler}) and so are the activations, so that every inner loop runs along the batch whatever n and m are
 * (the notebook's n = 5, m = 2 as well as the geometry run's n = 200, m = 20). The batch is taken in chunks of C
 * samples, C a multiple of 16 chosen from m so that a chunk's hᵀ and dhᵀ (2 m × C floats) stay in the L1 cache; per
 * chunk:
 * <pre>
 *   hᵀ[k]   = Σ_i W[i, k] xᵀ[i]                              (m × C)
 *   then for each output j:
 *     z      = b_j + Σ_k W[j, k] hᵀ[k]                       (C)
 *     r      = ReLU(z) − xᵀ[j],   loss += I_j Σ_s r²
 *     dz     = c I_j r where z &gt; 0, else 0                 (c = 2 / (B n))
 *     ∂b_j  += Σ_s dz,   ∂W[j, k] += Σ_s dz hᵀ[k],   dhᵀ[k] += W[j, k] dz     (decoder)
 *   ∂W[i, k] += Σ_s xᵀ[i] dhᵀ[k]                              (encoder)
 * </pre>
 * Sums along the batch run in {@link Lanes}' fixed order (per chunk, the decoder's terms, then the encoder's); the
 * others over i, j or k ascending. C depends on m only, so a run gives the same bits whatever else the JVM runs, with
 * or without the Vector API. The loss adds each chunk's float sums in double.
 */
final class TmsStep {
    /** Floats of hᵀ and dhᵀ per chunk: 16 KB of the L1 cache. */
    private static final int CHUNK_FLOATS = 4096;

    private final int n;
    private final int m;
    private final int batch;
    private final int chunk;
    private final float[] importance;
    private final float[] ht;
    private final float[] dht;
    private final float[] z;
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
        this.chunk = Math.max(Lanes.LANES, CHUNK_FLOATS / (2 * m) / Lanes.LANES * Lanes.LANES);
        this.importance = new float[n];
        for (int i = 0; i < n; i++) {
            this.importance[i] = (float) importance[i];
        }
        this.ht = new float[m * chunk];
        this.dht = new float[m * chunk];
        this.z = new float[chunk];
        this.wLanes = new float[n * m * Lanes.LANES];
        this.wTail = new float[n * m];
        this.bLanes = new float[n * Lanes.LANES];
        this.bTail = new float[n];
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
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < m; k++) {
                    Lanes.axpy(w[i * m + k], xt, i * batch + s0, ht, k * chunk, length);
                }
            }
            Arrays.fill(dht, 0f);
            for (int j = 0; j < n; j++) {
                Arrays.fill(z, 0, length, b[j]);
                for (int k = 0; k < m; k++) {
                    Lanes.axpy(w[j * m + k], ht, k * chunk, z, 0, length);
                }
                Arrays.fill(lossLanes, 0f);
                lossTail[0] = 0f;
                Lanes.residual(z, 0, xt, j * batch + s0, length, c * importance[j], lossLanes, lossTail);
                total += importance[j] * (double) Lanes.total(lossLanes, 0, lossTail[0]);
                Lanes.sum(z, 0, length, bLanes, j * Lanes.LANES, bTail, j);
                for (int k = 0; k < m; k++) {
                    int e = j * m + k;
                    Lanes.dot(z, 0, ht, k * chunk, length, wLanes, e * Lanes.LANES, wTail, e);
                    Lanes.axpy(w[e], z, 0, dht, k * chunk, length);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < m; k++) {
                    int e = i * m + k;
                    Lanes.dot(xt, i * batch + s0, dht, k * chunk, length, wLanes, e * Lanes.LANES, wTail, e);
                }
            }
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
