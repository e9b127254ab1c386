package org.ccsweep.model.task.uand;

import java.util.Arrays;

/**
 * The float forward pass of one sparse input through a {@link Net}, into reused scratch rows:
 * z = b_1 + Σ_{i on} A[i, :] with A = W_1 for direct inputs and A = E_in W_1 (m × d, formed by
 * {@link #prepare}) for embedded ones, so that an input costs its active features' rows rather than
 * d_0 · d; h = ReLU(z); ŷ = h · W_2; and on request the read-offs r_o. Every sum runs in a fixed order
 * (active features ascending, then neurons, then output dimensions), so equal inputs give equal bits.
 */
final class Forward {
    private final Structure structure;
    private final Net net;
    /** E_in W_1 (m × d) for embedded inputs, refreshed by {@link #prepare}; null for direct inputs. */
    private final float[] projected;
    /** E_outᵀ (d_out × m') for outputs in superposition; null for direct outputs. */
    private final float[] embedOutT;
    /** z, the pre-activations, d wide. */
    final float[] z;
    /** h = ReLU(z). */
    final float[] h;
    /** ŷ, d_out wide. */
    final float[] yHat;

    /** A forward pass of the net as it is now; call {@link #prepare} again after W_1 changes. */
    Forward(Structure structure, Net net) {
        this.structure = structure;
        this.net = net;
        this.projected = structure.directIn() ? null : new float[structure.features() * net.d];
        this.embedOutT = structure.directOut() ? null : new float[structure.embedOut().length];
        if (embedOutT != null) {
            transpose(structure.embedOut(), structure.outputs(), net.dOut, embedOutT);
        }
        this.z = new float[net.d];
        this.h = new float[net.d];
        this.yHat = new float[net.dOut];
        prepare();
    }

    /** Forms E_in W_1 from the net's current W_1: row i = Σ_k E_in[i, k] W_1[k, :], k ascending. */
    void prepare() {
        if (projected == null) {
            return;
        }
        int d = net.d;
        int dIn = structure.dIn();
        float[] e = structure.embedIn();
        Arrays.fill(projected, 0.0f);
        for (int i = 0; i < structure.features(); i++) {
            for (int k = 0; k < dIn; k++) {
                axpy(e[i * dIn + k], net.w1, k * d, projected, i * d, d);
            }
        }
    }

    /** The forward pass of the input whose active features are {@code active[from..to)}. */
    void run(int[] active, int from, int to) {
        hidden(active, from, to);
        Arrays.fill(yHat, 0.0f);
        for (int c = 0; c < net.d; c++) {
            if (h[c] != 0.0f) {
                axpy(h[c], net.w2, c * net.dOut, yHat, 0, net.dOut);
            }
        }
    }

    /** The hidden layer only (z and h) of the input whose active features are {@code active[from..to)}. */
    void hidden(int[] active, int from, int to) {
        int d = net.d;
        float[] rows = projected == null ? net.w1 : projected;
        System.arraycopy(net.b1, 0, z, 0, d);
        for (int a = from; a < to; a++) {
            axpy(1.0f, rows, active[a] * d, z, 0, d);
        }
        for (int c = 0; c < d; c++) {
            h[c] = z[c] > 0.0f ? z[c] : 0.0f;
        }
    }

    /** The read-offs of the last input: r_o = ŷ_o for direct outputs, r = Σ_a ŷ_a E_outᵀ[a, :] in superposition. */
    void readouts(float[] r) {
        if (embedOutT == null) {
            System.arraycopy(yHat, 0, r, 0, r.length);
            return;
        }
        Arrays.fill(r, 0.0f);
        for (int a = 0; a < yHat.length; a++) {
            axpy(yHat[a], embedOutT, a * r.length, r, 0, r.length);
        }
    }

    /** t = aᵀ, for a rows × cols row-major matrix a. */
    static void transpose(float[] a, int rows, int cols, float[] t) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
    }

    /** y[yFrom..yFrom + n) += a · x[xFrom..xFrom + n). */
    static void axpy(float a, float[] x, int xFrom, float[] y, int yFrom, int n) {
        for (int i = 0; i < n; i++) {
            y[yFrom + i] += a * x[xFrom + i];
        }
    }
}
