package org.ccsweep.model.task.uand;

import java.util.Arrays;

/**
 * The float training step's loss and gradient over a batch of B inputs:
 * L = (1/B) Σ_s (1/m') Σ_o w(y_so) (r_so − y_so)², with r_o = ŷ_o (direct outputs) or ŷ · u_o (outputs in
 * superposition). The batch goes through in matrix form: H = ReLU(X A + b_1) (B × d, {@link Forward}),
 * Ŷ = H W_2, G = ∂L/∂Ŷ row by row, ∂L/∂W_2 = Hᵀ G, dZ = (G W_2ᵀ) ⊙ [H > 0], ∂L/∂b_1 = Σ_s dZ_s and
 * P = Xᵀ dZ (m × d), which is ∂L/∂W_1 for direct inputs and gives ∂L/∂W_1 = E_inᵀ P for embedded ones.
 * Every product is a sum of scaled rows (axpy), over column blocks of {@value #BLOCK} outputs where the rows
 * are m' long, so that a block of W_2 stays in cache across the batch; each sum runs in a fixed order.
 *
 * <p>Labels are sparse ({@link Labels}): for direct outputs ∂loss/∂ŷ_o = 2 w(y_o)(ŷ_o − y_o)/m' starts from
 * the zero label everywhere and is corrected at the positives. In superposition the m' read-offs are never
 * formed; with A_s = w(0) G_out + (w(1) − w(0)) Σ_{o ∈ P_s} u_o u_oᵀ (G_out = E_outᵀ E_out, P_s the positive
 * outputs) and c_s = w(1) Σ_{o ∈ P_s} u_o,
 * <pre>
 *   m' · loss_s = ŷᵀ A_s ŷ − 2 c_s · ŷ + w(1) |P_s|,     m' · ∂loss_s/∂ŷ = 2 (A_s ŷ − c_s),
 * </pre>
 * which costs d_out² + |P_s| d_out per input instead of m' d_out. ReLU's derivative at 0 is 0.
 */
final class Step {
    private static final int BLOCK = 128;
    private final Structure structure;
    private final Operation op;
    private final float w0;
    private final float w1;
    private final boolean trainFirst;
    private final float[] gram;
    private final Forward forward;
    private final Net net;
    private final int capacity;
    private final float[] hBatch;
    private final float[] yBatch;
    private final float[] gBatch;
    private final float[] dzBatch;
    private final float[] w2T;
    private final float[] perFeature;
    private final float[] q;
    private final int[] positives;
    private final boolean[] on;

    /** @param capacity the largest batch */
    Step(Structure structure, Operation op, LossWeights weights, boolean trainFirst, Net net, int capacity) {
        this.structure = structure;
        this.op = op;
        this.w0 = (float) weights.zero();
        this.w1 = (float) weights.positive();
        this.trainFirst = trainFirst;
        this.gram = structure.outputGram();
        this.net = net;
        this.capacity = capacity;
        this.forward = new Forward(structure, net);
        this.hBatch = new float[capacity * net.d];
        this.yBatch = new float[capacity * net.dOut];
        this.gBatch = new float[capacity * net.dOut];
        this.dzBatch = trainFirst ? new float[capacity * net.d] : null;
        this.w2T = trainFirst ? new float[net.w2.length] : null;
        this.perFeature = trainFirst && !structure.directIn() ? new float[structure.features() * net.d] : null;
        this.q = new float[net.dOut];
        this.positives = new int[structure.outputs()];
        this.on = new boolean[structure.features()];
    }

    /**
     * @param gradW1 overwritten with ∂L/∂W_1 (left at 0 when the first layer is frozen)
     * @param gradB1 overwritten with ∂L/∂b_1 (likewise)
     * @param gradW2 overwritten with ∂L/∂W_2
     * @return L, the batch's mean loss
     */
    double lossAndGradient(BooleanBatch batch, float[] gradW1, float[] gradB1, float[] gradW2) {
        int b = batch.size();
        if (b > capacity) {
            throw new IllegalArgumentException("batch of " + b + " exceeds the step's capacity " + capacity);
        }
        int d = net.d;
        int dOut = net.dOut;
        int[] active = batch.active();
        forward.prepare();
        for (int s = 0; s < b; s++) {
            forward.hidden(active, batch.from(s), batch.to(s));
            System.arraycopy(forward.h, 0, hBatch, s * d, d);
        }
        Arrays.fill(yBatch, 0, b * dOut, 0.0f);
        Arrays.fill(gradW2, 0.0f);
        for (int from = 0; from < dOut; from += BLOCK) {
            int n = Math.min(BLOCK, dOut - from);
            for (int s = 0; s < b; s++) {
                for (int c = 0; c < d; c++) {
                    float h = hBatch[s * d + c];
                    if (h != 0.0f) {
                        Forward.axpy(h, net.w2, c * dOut + from, yBatch, s * dOut + from, n);
                    }
                }
            }
        }
        double total = 0.0;
        for (int s = 0; s < b; s++) {
            int count = Labels.positives(structure.pairs(), op, active, batch.from(s), batch.to(s), on, positives);
            total += structure.directOut() ? directOutputs(s, count) : superposedOutputs(s, count);
        }
        for (int from = 0; from < dOut; from += BLOCK) {
            int n = Math.min(BLOCK, dOut - from);
            for (int s = 0; s < b; s++) {
                for (int c = 0; c < d; c++) {
                    float h = hBatch[s * d + c];
                    if (h != 0.0f) {
                        Forward.axpy(h, gBatch, s * dOut + from, gradW2, c * dOut + from, n);
                    }
                }
            }
        }
        float scale = 1.0f / b;
        scale(gradW2, scale);
        Arrays.fill(gradW1, 0.0f);
        Arrays.fill(gradB1, 0.0f);
        if (trainFirst) {
            backIntoFirstLayer(batch, gradW1, gradB1);
            scale(gradW1, scale);
            scale(gradB1, scale);
        }
        return total / b;
    }

    /** Sets row s of G for one output per pair; returns the input's loss. */
    private double directOutputs(int s, int count) {
        int outs = net.dOut;
        int at = s * outs;
        float twoOverM = 2.0f / outs;
        double loss = 0.0;
        for (int o = 0; o < outs; o++) {
            float y = yBatch[at + o];
            loss += (double) w0 * y * y;
            gBatch[at + o] = twoOverM * w0 * y;
        }
        for (int k = 0; k < count; k++) {
            int o = positives[k];
            float y = yBatch[at + o];
            float e = y - 1.0f;
            loss += (double) w1 * e * e - (double) w0 * y * y;
            gBatch[at + o] = twoOverM * w1 * e;
        }
        return loss / outs;
    }

    /** Sets row s of G for outputs in superposition by the Gram form above; returns the input's loss. */
    private double superposedOutputs(int s, int count) {
        int dOut = net.dOut;
        int at = s * dOut;
        float[] u = structure.embedOut();
        Arrays.fill(q, 0.0f);
        for (int a = 0; a < dOut; a++) {
            Forward.axpy(yBatch[at + a], gram, a * dOut, q, 0, dOut);
        }
        double quadratic = 0.0;
        for (int a = 0; a < dOut; a++) {
            quadratic += (double) yBatch[at + a] * q[a];
            gBatch[at + a] = w0 * q[a];
        }
        double loss = w0 * quadratic;
        for (int k = 0; k < count; k++) {
            int row = positives[k] * dOut;
            double r = 0.0;
            for (int a = 0; a < dOut; a++) {
                r += (double) yBatch[at + a] * u[row + a];
            }
            loss += (w1 - w0) * r * r - 2.0 * w1 * r + w1;
            Forward.axpy((float) ((w1 - w0) * r - w1), u, row, gBatch, at, dOut);
        }
        float twoOverM = 2.0f / structure.outputs();
        for (int a = 0; a < dOut; a++) {
            gBatch[at + a] *= twoOverM;
        }
        return loss / structure.outputs();
    }

    /** dZ = (G W_2ᵀ) ⊙ [H > 0] row by row, then ∂L/∂b_1 and P = Xᵀ dZ, and E_inᵀ P for embedded inputs. */
    private void backIntoFirstLayer(BooleanBatch batch, float[] gradW1, float[] gradB1) {
        int d = net.d;
        int dOut = net.dOut;
        int b = batch.size();
        int[] active = batch.active();
        Forward.transpose(net.w2, d, dOut, w2T);
        Arrays.fill(dzBatch, 0, b * d, 0.0f);
        for (int s = 0; s < b; s++) {
            for (int a = 0; a < dOut; a++) {
                float g = gBatch[s * dOut + a];
                if (g != 0.0f) {
                    Forward.axpy(g, w2T, a * d, dzBatch, s * d, d);
                }
            }
        }
        float[] p = structure.directIn() ? gradW1 : perFeature;
        Arrays.fill(p, 0.0f);
        for (int s = 0; s < b; s++) {
            for (int c = 0; c < d; c++) {
                if (hBatch[s * d + c] == 0.0f) {
                    dzBatch[s * d + c] = 0.0f;
                }
                gradB1[c] += dzBatch[s * d + c];
            }
            for (int a = batch.from(s); a < batch.to(s); a++) {
                Forward.axpy(1.0f, dzBatch, s * d, p, active[a] * d, d);
            }
        }
        if (!structure.directIn()) {
            int dIn = structure.dIn();
            float[] e = structure.embedIn();
            for (int k = 0; k < dIn; k++) {
                for (int i = 0; i < structure.features(); i++) {
                    Forward.axpy(e[i * dIn + k], p, i * d, gradW1, k * d, d);
                }
            }
        }
    }

    private static void scale(float[] a, float s) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= s;
        }
    }
}
