package org.ccsweep.model.train;

/**
 * AdamW for one parameter tensor, as PyTorch's {@code torch.optim.AdamW} (single-tensor path):
 * at step t = 1, 2, …, with learning rate lr_t,
 * <pre>
 *   θ ← θ − lr_t · wd · θ                       (decoupled weight decay)
 *   m ← β1 · m + (1 − β1) · g
 *   v ← β2 · v + (1 − β2) · g²
 *   denom = √v / √(1 − β2^t) + ε
 *   θ ← θ − lr_t / (1 − β1^t) · m / denom
 * </pre>
 * Moments are float32 like the parameters; scalar factors are computed in double.
 */
public final class AdamW {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final float[] m;
    private final float[] v;
    private int t;

    public AdamW(int size, double beta1, double beta2, double eps, double weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.m = new float[size];
        this.v = new float[size];
    }

    /** One update of θ in place from its gradient g at learning rate lr. */
    public void step(float[] theta, float[] grad, double lr) {
        t++;
        float decay = (float) (1.0 - lr * weightDecay);
        float b1 = (float) beta1;
        float oneMinusB1 = (float) (1.0 - beta1);
        float b2 = (float) beta2;
        float oneMinusB2 = (float) (1.0 - beta2);
        float sqrtBias2 = (float) Math.sqrt(1.0 - Math.pow(beta2, t));
        float stepSize = (float) (lr / (1.0 - Math.pow(beta1, t)));
        float epsF = (float) eps;
        for (int i = 0; i < theta.length; i++) {
            float g = grad[i];
            float mi = b1 * m[i] + oneMinusB1 * g;
            float vi = b2 * v[i] + oneMinusB2 * g * g;
            m[i] = mi;
            v[i] = vi;
            float denom = (float) Math.sqrt(vi) / sqrtBias2 + epsF;
            theta[i] = theta[i] * decay - stepSize * (mi / denom);
        }
    }

    /** Steps taken so far. */
    public int steps() {
        return t;
    }
}
