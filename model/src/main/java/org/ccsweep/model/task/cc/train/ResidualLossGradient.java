package org.ccsweep.model.task.cc.train;

import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.ResidualModel;

/**
 * MSE loss and gradients of the residual model ({@link ResidualModel}) on one sparse batch, through
 * its effective simplified model, without allocating.
 *
 * <p>The residual's ŷ − y is that of the simplified model with A = W_E · W_in, B = W_out · W_Eᵀ and
 * M = I − W_E W_Eᵀ at |s| = 1, so the step is
 * <pre>
 *   A          = W_E · W_in                  (n × d)
 *   B          = W_out · W_Eᵀ                (d × n)
 *   L, ∂L/∂A, ∂L/∂B                          (the simplified step on A, B, M, s)
 *   ∂L/∂W_in   = W_Eᵀ · ∂L/∂A               (dEmbed × d)
 *   ∂L/∂W_out  = ∂L/∂B · W_E                (d × dEmbed)
 * </pre>
 * the four dense products as single-precision BLAS calls on preallocated native arrays. A row-major
 * r × c matrix is the column-major c × r one, so with W_E (n × dEmbed row-major) = W_Eᵀ column-major:
 * Aᵀ = W_inᵀ · W_Eᵀ, Bᵀ = W_E · W_outᵀ, ∂W_inᵀ = ∂Aᵀ · W_E and ∂W_outᵀ = W_Eᵀ · ∂Bᵀ, column-major.
 * The residual model itself is s = 1; other s scale its M = I − W_E W_Eᵀ term in the labels.
 */
public final class ResidualLossGradient implements BatchLoss {
    private final int nFeatures;
    private final int dMlp;
    private final int dEmbed;
    private final BatchLoss effective;

    private final float[] a;
    private final float[] b;
    private final float[] gradA;
    private final float[] gradB;

    private final NativeFloats wENative;
    private final NativeFloats wInNative;
    private final NativeFloats wOutNative;
    private final NativeFloats aNative;
    private final NativeFloats bNative;
    private final NativeFloats gradANative;
    private final NativeFloats gradBNative;
    private final NativeFloats gradWInNative;
    private final NativeFloats gradWOutNative;

    /**
     * With the sparse simplified step.
     *
     * @param model its W_E and M are read once; W_in and W_out are passed to each {@link #compute}
     * @param batch B, samples per batch
     */
    public ResidualLossGradient(ResidualModel model, int batch) {
        this(model, new SparseLossGradient(model.nFeatures(), model.dMlp(), batch, model.mixing()));
    }

    /**
     * @param model     its W_E is read once; W_in and W_out are passed to each {@link #compute}
     * @param effective the simplified step on the model's n, d, batch and M = model.mixing()
     */
    ResidualLossGradient(ResidualModel model, BatchLoss effective) {
        this.nFeatures = model.nFeatures();
        this.dMlp = model.dMlp();
        this.dEmbed = model.dEmbed();
        int n = nFeatures;
        int d = dMlp;
        this.effective = effective;
        this.a = new float[n * d];
        this.b = new float[d * n];
        this.gradA = new float[n * d];
        this.gradB = new float[d * n];
        this.wENative = new NativeFloats(n * dEmbed);
        this.wENative.buffer.put(0, model.wE(), 0, n * dEmbed);
        this.wInNative = new NativeFloats(dEmbed * d);
        this.wOutNative = new NativeFloats(d * dEmbed);
        this.aNative = new NativeFloats(n * d);
        this.bNative = new NativeFloats(d * n);
        this.gradANative = new NativeFloats(n * d);
        this.gradBNative = new NativeFloats(d * n);
        this.gradWInNative = new NativeFloats(dEmbed * d);
        this.gradWOutNative = new NativeFloats(d * dEmbed);
    }

    /**
     * @param wIn      W_in, dEmbed × d row-major
     * @param wOut     W_out, d × dEmbed row-major
     * @param gradWIn  receives ∂L/∂W_in, dEmbed × d
     * @param gradWOut receives ∂L/∂W_out, d × dEmbed
     * @return L, the mean of (ŷ − y)² over the B · n outputs
     */
    @Override
    public double compute(SparseBatch x, float[] wIn, float[] wOut, float s, float[] gradWIn, float[] gradWOut) {
        int n = nFeatures;
        int d = dMlp;
        int e = dEmbed;
        wInNative.buffer.put(0, wIn, 0, e * d);
        wOutNative.buffer.put(0, wOut, 0, d * e);
        Sgemm.gemm(false, false, d, n, e, wInNative.pointer, d, wENative.pointer, e, 0f, aNative.pointer, d);
        Sgemm.gemm(true, false, n, d, e, wENative.pointer, e, wOutNative.pointer, e, 0f, bNative.pointer, n);
        aNative.buffer.get(0, a, 0, n * d);
        bNative.buffer.get(0, b, 0, d * n);

        double loss = effective.compute(x, a, b, s, gradA, gradB);

        gradANative.buffer.put(0, gradA, 0, n * d);
        gradBNative.buffer.put(0, gradB, 0, d * n);
        Sgemm.gemm(false, true, d, e, n, gradANative.pointer, d, wENative.pointer, e, 0f, gradWInNative.pointer, d);
        Sgemm.gemm(false, false, e, d, n, wENative.pointer, e, gradBNative.pointer, n, 0f, gradWOutNative.pointer, e);
        gradWInNative.buffer.get(0, gradWIn, 0, e * d);
        gradWOutNative.buffer.get(0, gradWOut, 0, d * e);
        return loss;
    }

    /** ∂L/∂s of the last {@link #compute} call (the model itself has no trainable s). */
    @Override
    public double gradSigma() {
        return effective.gradSigma();
    }
}
