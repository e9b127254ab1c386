package org.ccsweep.model.task.cc.analysis;

/**
 * Weight bars (science.md, section 7): how much neuron k carries feature i through to its own output,
 * bars[i][k] = W_in[i, k] · W_out[k, i], n × d. For positive inputs the neurons with W_in[i, k] &gt; 0
 * make up feature i's response slope: ŷ_i(t e_i) = t · Σ_{k: W_in[i,k] &gt; 0} bars[i][k] for t &gt; 0.
 */
public final class WeightBars {

    private WeightBars() {
    }

    /** n × d contributions for W_in (n × d) and W_out (d × n), row-major. */
    public static double[][] of(int nFeatures, int dMlp, float[] wIn, float[] wOut) {
        Response.checkShapes(nFeatures, dMlp, wIn, wOut);
        double[][] bars = new double[nFeatures][dMlp];
        for (int i = 0; i < nFeatures; i++) {
            for (int k = 0; k < dMlp; k++) {
                bars[i][k] = (double) wIn[i * dMlp + k] * wOut[k * nFeatures + i];
            }
        }
        return bars;
    }
}
