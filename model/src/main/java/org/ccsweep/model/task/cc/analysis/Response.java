package org.ccsweep.model.task.cc.analysis;

/**
 * Input-output response (science.md, section 7): output i of the model ŷ = ReLU(x · W_in) · W_out for
 * the single-feature input x = t · e_i, for every feature i and every t of a grid:
 * ŷ_i(t e_i) = Σ_k ReLU(t · W_in[i, k]) · W_out[k, i]. The label it is compared with is
 * y_i(t e_i) = ReLU(t) + t · M_s[i, i] ({@link #labels}).
 *
 * @param t      the input values, length T
 * @param output n × T: output[i][q] = ŷ_i(t_q e_i)
 */
public record Response(double[] t, double[][] output) implements java.io.Serializable {

    /** The response of W_in (n × d) and W_out (d × n), row-major, on the grid t. */
    public static Response of(int nFeatures, int dMlp, float[] wIn, float[] wOut, double[] t) {
        checkShapes(nFeatures, dMlp, wIn, wOut);
        double[][] output = new double[nFeatures][t.length];
        for (int i = 0; i < nFeatures; i++) {
            for (int q = 0; q < t.length; q++) {
                double sum = 0.0;
                for (int k = 0; k < dMlp; k++) {
                    sum += Math.max(t[q] * wIn[i * dMlp + k], 0.0) * wOut[k * nFeatures + i];
                }
                output[i][q] = sum;
            }
        }
        return new Response(t.clone(), output);
    }

    /** n × T labels y_i(t_q e_i) = ReLU(t_q) + t_q · M_s[i, i], for M_s n × n row-major. */
    public static double[][] labels(int nFeatures, float[] mixingScaled, double[] t) {
        if (mixingScaled.length != nFeatures * nFeatures) {
            throw new IllegalArgumentException("mixingScaled must hold nFeatures² = " + nFeatures * nFeatures
                    + " entries, got " + mixingScaled.length);
        }
        double[][] labels = new double[nFeatures][t.length];
        for (int i = 0; i < nFeatures; i++) {
            for (int q = 0; q < t.length; q++) {
                labels[i][q] = Math.max(t[q], 0.0) + t[q] * mixingScaled[i * nFeatures + i];
            }
        }
        return labels;
    }

    /** {@code points} evenly spaced values from −1 to 1 inclusive (points ≥ 2). */
    public static double[] grid(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double[] t = new double[points];
        for (int q = 0; q < points; q++) {
            t[q] = -1.0 + 2.0 * q / (points - 1);
        }
        return t;
    }

    static void checkShapes(int nFeatures, int dMlp, float[] wIn, float[] wOut) {
        if (nFeatures < 1 || dMlp < 1 || wIn.length != nFeatures * dMlp || wOut.length != dMlp * nFeatures) {
            throw new IllegalArgumentException("expected wIn n × d and wOut d × n with n = " + nFeatures + ", d = "
                    + dMlp + ", got " + wIn.length + " and " + wOut.length + " entries");
        }
    }
}
