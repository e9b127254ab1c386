package org.ccsweep.model.task.cc.gpu;

import java.util.Arrays;

/**
 * One model's loss and gradients on one batch layout by train_step's algorithm (train_step.cu has the
 * derivation), in Java: each sum in the kernel's order and each float operation rounded as the kernel
 * rounds it (explicit fma where the kernel has fma_f, no other fusion), so that a GPU step and this step
 * give the same bits. Shapes, row-major: W_in n × d, W_out d × n, M n × n.
 * <pre>
 *   G = W_out · W_outᵀ,  K = Mᵀ · W_outᵀ,  Yp[j] = W_outᵀ[j] + |s| K[j]
 *   per row (entries (j, v), weight w): h = ReLU(Σ v · W_in[j]), yo = Σ v · (v &gt; 0 ? Yp[j] : |s| K[j]),
 *     dz = h &gt; 0 ? c·w · (h · G − yo) : 0,   S += w·h ⊗ h,   P|N[j] += v · w·h,   ∂W_in[j] += v · dz
 *   ∂W_out[a][o] = c · ((S · W_out)[a][o] − P[o][a] − |s| (M · (P + N))[o][a])
 *   L = max(Σ S ⊙ G − 2 Σ W_out ⊙ T + a + 2|s| b + s² q, 0) / (B · n),  c = 2 / (B · n)
 * </pre>
 * S's lower triangle is summed in {@link KernelShape#S_CHAINS} chains (row r into chain r mod S_CHAINS)
 * that are then added in chain order and mirrored; the three double sums of the loss are block sums
 * ({@link BlockSum}) over the kernel's cells.
 */
final class ReferenceStep {
    private static final int N = GpuGroup.N_FEATURES;
    private static final int D = GpuGroup.D_MLP;
    private static final int ND = N * D;

    private final float[] wOutT = new float[ND];
    private final float[] gram = new float[D * D];
    private final float[] mixedOut = new float[ND];
    private final float[] labelTable = new float[ND];
    private final float[][] chains = new float[KernelShape.S_CHAINS][D * D];
    private final float[] hidden = new float[D];
    private final float[] weighted = new float[D];
    private final float[] labelRow = new float[D];
    private final float[] gramRow = new float[D];
    private final float[] positive = new float[ND];
    private final float[] negative = new float[ND];
    private final float[] moments = new float[D * D];
    private final float[] both = new float[ND];
    private final float[] rowSum = new float[D];
    private final float[] mixedSum = new float[D];
    private final double[] terms = new double[ND];

    /** ∂L/∂W_in, n × d, of the last {@link #compute}. */
    final float[] gradWIn = new float[ND];
    /** ∂L/∂W_out, d × n, of the last {@link #compute}. */
    final float[] gradWOut = new float[ND];
    /** ∂L/∂s of the last {@link #compute}. */
    double gradSigma;

    /**
     * The label moments a = Σ ‖ReLU(x)‖², b = Σ ReLU(x)ᵀ M x, q = Σ xᵀ MᵀM x of a batch as label_moments
     * sums them: row r's terms (k² pair terms for a sample row, e outer, f inner; w, w · M[j][j] and
     * w · MᵀM[j][j] for a group row) into partial r mod THREADS, then {@link BlockSum#tree}.
     *
     * @param mixing     the unscaled M, n × n
     * @param mixingGram MᵀM in double ({@link MixingGram})
     */
    static double[] labelMoments(ReferenceLayout layout, float[] mixing, double[] mixingGram) {
        double[] a = new double[KernelShape.THREADS];
        double[] b = new double[KernelShape.THREADS];
        double[] q = new double[KernelShape.THREADS];
        for (int r = 0; r < layout.rows; r++) {
            double rowA = 0.0;
            double rowB = 0.0;
            double rowQ = 0.0;
            int from = layout.rowStart[r];
            if (r < layout.multi) {
                for (int e = from; e < layout.rowStart[r + 1]; e++) {
                    int je = layout.feature[e];
                    double ve = layout.value[e];
                    double pe = ve > 0.0 ? ve : 0.0;
                    rowA += pe * pe;
                    for (int f = from; f < layout.rowStart[r + 1]; f++) {
                        int jf = layout.feature[f];
                        double vf = layout.value[f];
                        rowB += pe * vf * mixing[je * N + jf];
                        rowQ += ve * vf * mixingGram[je * N + jf];
                    }
                }
            } else {
                int j = layout.feature[from];
                boolean positiveGroup = layout.value[from] > 0f;
                double w = layout.weight[r];
                rowA = positiveGroup ? w : 0.0;
                rowB = positiveGroup ? w * mixing[j * N + j] : 0.0;
                rowQ = w * mixingGram[j * N + j];
            }
            int t = r % KernelShape.THREADS;
            a[t] += rowA;
            b[t] += rowB;
            q[t] += rowQ;
        }
        return new double[] {BlockSum.tree(a), BlockSum.tree(b), BlockSum.tree(q)};
    }

    /**
     * The loss of the batch and its gradients ({@link #gradWIn}, {@link #gradWOut}, {@link #gradSigma}).
     *
     * @param sigma       s (the labels use |s|)
     * @param mixing      the unscaled M, n × n
     * @param labelMoments a, b, q of the batch and M ({@link #labelMoments})
     * @param batch       B, the samples of the batch, empty ones included
     * @return L, the mean of (ŷ − y)² over the B · n outputs (+∞ past float range, NaN when not a number)
     */
    double compute(ReferenceLayout layout, float[] wIn, float[] wOut, float sigma, float[] mixing,
            double[] labelMoments, int batch) {
        double scale = 2.0 / ((double) batch * N);
        float c = (float) scale;
        float sAbs = Math.abs(sigma);
        outputSide(wOut, mixing, sAbs);
        rows(layout, wIn, sAbs, c);
        for (int a = 0; a < D; a++) {
            for (int b = 0; b <= a; b++) {
                float sum = chains[0][a * D + b];
                for (int chain = 1; chain < KernelShape.S_CHAINS; chain++) {
                    sum = sum + chains[chain][a * D + b];
                }
                moments[a * D + b] = sum;
                moments[b * D + a] = sum;
            }
        }
        for (int i = 0; i < ND; i++) {
            both[i] = positive[i] + negative[i];
        }
        double outputDotLabels = outputGradient(mixing, sAbs, c);
        for (int i = 0; i < D * D; i++) {
            terms[i] = (double) moments[i] * (double) gram[i];
        }
        double outputNorm = BlockSum.strided(terms, D * D);
        for (int i = 0; i < ND; i++) {
            terms[i] = (double) both[i] * (double) mixedOut[i];
        }
        double outputDotMixed = BlockSum.strided(terms, ND);

        double sAbsD = sAbs;
        double labelNorm = labelMoments[0] + 2.0 * sAbsD * labelMoments[1] + sAbsD * sAbsD * labelMoments[2];
        double lossSum = Math.max(outputNorm - 2.0 * outputDotLabels + labelNorm, 0.0);
        if (lossSum > Float.MAX_VALUE) {
            lossSum = Double.POSITIVE_INFINITY;
        }
        gradSigma = -Math.signum(sigma) * scale * (outputDotMixed - (labelMoments[1] + sAbsD * labelMoments[2]));
        return lossSum / ((double) batch * N);
    }

    /** G, K and the label table Yp from W_out. */
    private void outputSide(float[] wOut, float[] mixing, float sAbs) {
        for (int a = 0; a < D; a++) {
            for (int o = 0; o < N; o++) {
                wOutT[o * D + a] = wOut[a * N + o];
            }
        }
        Arrays.fill(gram, 0f);
        for (int a = 0; a < D; a++) {
            for (int o = 0; o < N; o++) {
                float wa = wOutT[o * D + a];
                for (int b = 0; b < D; b++) {
                    gram[a * D + b] = Math.fma(wa, wOutT[o * D + b], gram[a * D + b]);
                }
            }
        }
        Arrays.fill(mixedOut, 0f);
        for (int o = 0; o < N; o++) {
            for (int j = 0; j < N; j++) {
                float moj = mixing[o * N + j];
                for (int a = 0; a < D; a++) {
                    mixedOut[j * D + a] = Math.fma(moj, wOutT[o * D + a], mixedOut[j * D + a]);
                }
            }
        }
        for (int i = 0; i < ND; i++) {
            labelTable[i] = wOutT[i] + sAbs * mixedOut[i];
        }
    }

    /** Every row of the layout: the S chains, and P, N and ∂L/∂W_in by scatter. */
    private void rows(ReferenceLayout layout, float[] wIn, float sAbs, float c) {
        for (float[] chain : chains) {
            Arrays.fill(chain, 0f);
        }
        Arrays.fill(positive, 0f);
        Arrays.fill(negative, 0f);
        Arrays.fill(gradWIn, 0f);
        for (int r = 0; r < layout.rows; r++) {
            int from = layout.rowStart[r];
            int to = layout.rowStart[r + 1];
            Arrays.fill(hidden, 0f);
            Arrays.fill(labelRow, 0f);
            for (int e = from; e < to; e++) {
                int j = layout.feature[e];
                float v = layout.value[e];
                for (int a = 0; a < D; a++) {
                    hidden[a] = Math.fma(v, wIn[j * D + a], hidden[a]);
                    float label = v > 0f ? labelTable[j * D + a] : sAbs * mixedOut[j * D + a];
                    labelRow[a] = Math.fma(v, label, labelRow[a]);
                }
            }
            float w = layout.weight[r];
            for (int a = 0; a < D; a++) {
                hidden[a] = hidden[a] > 0f ? hidden[a] : 0f;
                weighted[a] = w * hidden[a];
            }
            float[] chain = chains[r % KernelShape.S_CHAINS];
            for (int a = 0; a < D; a++) {
                for (int b = 0; b <= a; b++) {
                    chain[a * D + b] = Math.fma(weighted[a], hidden[b], chain[a * D + b]);
                }
            }
            Arrays.fill(gramRow, 0f);
            for (int a = 0; a < D; a++) {
                float ha = hidden[a];
                for (int b = 0; b < D; b++) {
                    gramRow[b] = Math.fma(ha, gram[a * D + b], gramRow[b]);
                }
            }
            float cw = c * w;
            for (int b = 0; b < D; b++) {
                labelRow[b] = hidden[b] > 0f ? cw * (gramRow[b] - labelRow[b]) : 0f;
            }
            for (int e = from; e < to; e++) {
                int base = layout.feature[e] * D;
                float v = layout.value[e];
                float[] side = v > 0f ? positive : negative;
                for (int a = 0; a < D; a++) {
                    side[base + a] = Math.fma(v, weighted[a], side[base + a]);
                    gradWIn[base + a] = Math.fma(v, labelRow[a], gradWIn[base + a]);
                }
            }
        }
    }

    /**
     * ∂L/∂W_out from S, P and U = P + N; returns Σ W_out ⊙ T. Cell (o, a): (S · W_out)[a][o] sums over b
     * (S is symmetric, so S[b][a] = S[a][b]), (M · U)[o][a] over j, each in ascending order.
     */
    private double outputGradient(float[] mixing, float sAbs, float c) {
        for (int o = 0; o < N; o++) {
            Arrays.fill(rowSum, 0f);
            Arrays.fill(mixedSum, 0f);
            for (int b = 0; b < D; b++) {
                float wob = wOutT[o * D + b];
                for (int a = 0; a < D; a++) {
                    rowSum[a] = Math.fma(moments[b * D + a], wob, rowSum[a]);
                }
            }
            for (int j = 0; j < N; j++) {
                float moj = mixing[o * N + j];
                for (int a = 0; a < D; a++) {
                    mixedSum[a] = Math.fma(moj, both[j * D + a], mixedSum[a]);
                }
            }
            for (int a = 0; a < D; a++) {
                int cell = o * D + a;
                float t = positive[cell] + sAbs * mixedSum[a];
                gradWOut[a * N + o] = c * (rowSum[a] - t);
                terms[cell] = (double) wOutT[cell] * (double) t;
            }
        }
        return BlockSum.strided(terms, ND);
    }
}
