package org.ccsweep.model.task.cc.analysis;

import java.io.Serializable;
import org.ccsweep.model.task.cc.baselines.LinearTarget;

/**
 * Every analysis of science.md section 7 of one final model ŷ = ReLU(x · W_in) · W_out against the
 * labels it was last trained on, M_s = |s| · M: what the paper's Figures 3, 4, 7 and 8 and the
 * interference heatmaps plot.
 *
 * @param sigmaAbs            |s| of M_s
 * @param response            outputs for t · e_i on {@link #RESPONSE_POINTS} values of t from −1 to 1
 * @param responseLabels      the labels of those inputs, n × T ({@link Response#labels})
 * @param weightBars          W_in[i, k] · W_out[k, i], n × d
 * @param alignment           eigen- and singular-vector alignment with M_s
 * @param entries             the entries of W_in · W_out against M_s, with their fits
 * @param interference        outputs for ±e_i
 * @param effectiveRank       effective rank of W_in · W_out (n × n)
 * @param targetEffectiveRank effective rank of the labels' map I + M_s
 */
public record RunAnalyses(double sigmaAbs, Response response, double[][] responseLabels, double[][] weightBars,
                          Alignment alignment, EntryCorrelation entries, Interference interference,
                          double effectiveRank, double targetEffectiveRank) implements Serializable {
    /** Points of the response grid: t = −1, −0.95, …, 1. */
    public static final int RESPONSE_POINTS = 41;

    /**
     * @param wIn    W_in, n × d row-major
     * @param wOut   W_out, d × n row-major
     * @param mixing the unscaled M, n × n row-major
     * @param sigma  the final s; the analyses use M_s = |s| · M
     */
    public static RunAnalyses of(int nFeatures, int dMlp, float[] wIn, float[] wOut, float[] mixing, double sigma) {
        double sigmaAbs = Math.abs(sigma);
        float[] scaled = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            scaled[i] = (float) (sigmaAbs * mixing[i]);
        }
        double[] t = Response.grid(RESPONSE_POINTS);
        return new RunAnalyses(sigmaAbs, Response.of(nFeatures, dMlp, wIn, wOut, t), Response.labels(nFeatures, scaled, t),
                WeightBars.of(nFeatures, dMlp, wIn, wOut), Alignment.of(nFeatures, dMlp, wIn, wOut, scaled),
                EntryCorrelation.of(nFeatures, dMlp, wIn, wOut, scaled), Interference.of(nFeatures, dMlp, wIn, wOut),
                EffectiveRank.of(Matrices.product(nFeatures, dMlp, wIn, wOut), nFeatures, nFeatures),
                EffectiveRank.of(LinearTarget.of(nFeatures, scaled), nFeatures, nFeatures));
    }
}
