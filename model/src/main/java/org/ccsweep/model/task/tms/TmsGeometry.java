package org.ccsweep.model.task.tms;

import java.io.Serializable;

/**
 * How a trained W places the features (Elhage et al., "The Geometry of Superposition"), from W_i, row i of W
 * (n × m row-major), in double:
 * <pre>
 *   ‖W_i‖                                         feature i's norm ("represented" when above 0.5)
 *   D_i = ‖W_i‖² / Σ_j (Ŵ_i · W_j)²                its dimensionality, Ŵ_i = W_i / max(‖W_i‖, 1e-6)
 *   D*  = m / ‖W‖²_F                              the dimensions per feature
 * </pre>
 * The clamp of ‖W_i‖ at 1e-6 is the notebook's ({@code compute_dimensionality}); D_i is NaN only when its
 * denominator is 0 (W_i = 0, as in the notebook). An antipodal pair has D = 1/2 each, a regular pentagon in m = 2 has 2/5.
 *
 * @param norms          ‖W_i‖, n entries
 * @param dimensionality D_i, n entries
 * @param dimensionsPerFeature D*
 */
public record TmsGeometry(double[] norms, double[] dimensionality, double dimensionsPerFeature) implements Serializable {

    /** @param w W, n × m row-major */
    public static TmsGeometry of(int n, int m, float[] w) {
        double[] norms = new double[n];
        double frobenius = 0.0;
        for (int i = 0; i < n; i++) {
            double squared = 0.0;
            for (int k = 0; k < m; k++) {
                squared += (double) w[i * m + k] * w[i * m + k];
            }
            norms[i] = Math.sqrt(squared);
            frobenius += squared;
        }
        double[] dimensionality = new double[n];
        for (int i = 0; i < n; i++) {
            double scale = Math.max(norms[i], 1e-6);
            double shared = 0.0;
            for (int j = 0; j < n; j++) {
                double dot = 0.0;
                for (int k = 0; k < m; k++) {
                    dot += (double) w[i * m + k] * w[j * m + k];
                }
                dot /= scale;
                shared += dot * dot;
            }
            dimensionality[i] = shared > 0.0 ? norms[i] * norms[i] / shared : Double.NaN;
        }
        return new TmsGeometry(norms, dimensionality, m / frobenius);
    }
}
