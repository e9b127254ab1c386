package org.ccsweep.model.task.uand;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;

/**
 * The one-hidden-layer ReLU MLP with biases and a linear read-off, in float: ŷ = ReLU(v · W_1 + b_1) · W_2
 * with W_1 ∈ R^{d_0 × d}, b_1 ∈ R^d, W_2 ∈ R^{d × d_out}, all row-major (W_1[k, c] at k · d + c).
 */
final class Net {
    final int dIn;
    final int d;
    final int dOut;
    final float[] w1;
    final float[] b1;
    final float[] w2;

    Net(int dIn, int d, int dOut, float[] w1, float[] b1, float[] w2) {
        this.dIn = dIn;
        this.d = d;
        this.dOut = dOut;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
    }

    /**
     * The init, drawn from the init stream in the order W_1, b_1, W_2 (row-major each):
     * <ul>
     *   <li>{@link FirstLayer#TRAINED}: PyTorch's nn.Linear, W_1 and b_1 iid U(−1/√d_0, 1/√d_0);</li>
     *   <li>{@link FirstLayer#GAUSSIAN}: W_1 iid N(0, 1), b_1 = 0;</li>
     *   <li>{@link FirstLayer#CONSTRUCTION}: B ∈ {0, 1}^{m × d} with P(B[i, c] = 1) = p_w, W_1 = B for direct
     *       inputs and E_inᵀ B (summed in double) for embedded ones, b_1 = −1;</li>
     * </ul>
     * and in every case the read-off W_2 iid U(−1/√d, 1/√d), PyTorch's nn.Linear without its bias.
     *
     * @param connectP p_w, read by the construction only
     */
    static Net init(FirstLayer kind, Structure s, int d, double connectP, Rng rng) {
        int dIn = s.dIn();
        float[] w1 = new float[dIn * d];
        float[] b1 = new float[d];
        switch (kind) {
            case TRAINED -> {
                double bound = 1.0 / Math.sqrt(dIn);
                uniform(w1, bound, rng);
                uniform(b1, bound, rng);
            }
            case GAUSSIAN -> {
                for (int i = 0; i < w1.length; i++) {
                    w1[i] = (float) rng.nextGaussian();
                }
            }
            case CONSTRUCTION -> {
                construction(s, d, connectP, rng, w1);
                Arrays.fill(b1, -1.0f);
            }
        }
        float[] w2 = new float[d * s.dOut()];
        uniform(w2, 1.0 / Math.sqrt(d), rng);
        return new Net(dIn, d, s.dOut(), w1, b1, w2);
    }

    private static void construction(Structure s, int d, double connectP, Rng rng, float[] w1) {
        int m = s.features();
        float[] b = new float[m * d];
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextDouble() < connectP ? 1.0f : 0.0f;
        }
        if (s.directIn()) {
            System.arraycopy(b, 0, w1, 0, b.length);
            return;
        }
        int dIn = s.dIn();
        for (int k = 0; k < dIn; k++) {
            for (int c = 0; c < d; c++) {
                double sum = 0.0;
                for (int i = 0; i < m; i++) {
                    sum += (double) s.embedIn()[i * dIn + k] * b[i * d + c];
                }
                w1[k * d + c] = (float) sum;
            }
        }
    }

    private static void uniform(float[] a, double bound, Rng rng) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rng.uniform(-bound, bound);
        }
    }

    /** A copy with another read-off (d × d_out row-major). */
    Net withReadoff(float[] readoff) {
        return new Net(dIn, d, dOut, w1, b1, readoff);
    }
}
