package org.ccsweep.model.task.cc.analysis;

/**
 * Interference heatmaps (science.md, section 7): every output of ŷ = ReLU(x · W_in) · W_out for the
 * inputs x = +e_i and x = −e_i, every feature i:
 * positive[i][j] = Σ_k ReLU(W_in[i, k]) · W_out[k, j] and negative[i][j] = Σ_k ReLU(−W_in[i, k]) · W_out[k, j].
 * The diagonal is each feature's own output; the rest is what feature i leaks into output j.
 *
 * @param positive n × n, row i the outputs for +e_i
 * @param negative n × n, row i the outputs for −e_i
 */
public record Interference(double[][] positive, double[][] negative) implements java.io.Serializable {

    /** The heatmaps of W_in (n × d) and W_out (d × n), row-major. */
    public static Interference of(int nFeatures, int dMlp, float[] wIn, float[] wOut) {
        Response.checkShapes(nFeatures, dMlp, wIn, wOut);
        double[][] positive = new double[nFeatures][nFeatures];
        double[][] negative = new double[nFeatures][nFeatures];
        for (int i = 0; i < nFeatures; i++) {
            for (int k = 0; k < dMlp; k++) {
                double w = wIn[i * dMlp + k];
                double[] row = w > 0 ? positive[i] : negative[i];
                double h = Math.abs(w);
                for (int j = 0; j < nFeatures; j++) {
                    row[j] += h * wOut[k * nFeatures + j];
                }
            }
        }
        return new Interference(positive, negative);
    }
}
