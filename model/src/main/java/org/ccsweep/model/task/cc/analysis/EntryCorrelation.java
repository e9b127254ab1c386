package org.ccsweep.model.task.cc.analysis;

/**
 * Entry correlation (science.md, section 7): the entries of the product P = W_in · W_out (n × n)
 * against those of M_s, paired by the input and output they couple. In the row convention P[l, j] is
 * the weight of input l in output j, and the label's weight of input l in output j is M_s[j, l]
 * (y = ReLU(x) + x · M_sᵀ), so P[l, j] is paired with M_s[j, l].
 * <ul>
 *   <li>diagonal (n pairs, l = j): ordinary least squares P = intercept + slope · M_s;</li>
 *   <li>off-diagonal (n(n − 1) pairs, row-major over (l, j), l ≠ j): least squares through the origin,
 *       slope = Σ m p / Σ m², intercept 0.</li>
 * </ul>
 * Both report Pearson's correlation coefficient of the pairs. A fit whose M_s entries have no spread
 * (e.g. M = 0) has slope, correlation and (diagonal) intercept NaN.
 *
 * @param diagonal    the diagonal pairs and their fit
 * @param offDiagonal the off-diagonal pairs and their fit
 */
public record EntryCorrelation(Fit diagonal, Fit offDiagonal) implements java.io.Serializable {

    /**
     * Pairs (mixing[q], product[q]) and a fitted line product ≈ intercept + slope · mixing.
     *
     * @param mixing      the M_s entries, x
     * @param product     the paired W_in · W_out entries, y
     * @param slope       fitted slope
     * @param intercept   fitted intercept (0 for a fit through the origin)
     * @param correlation Pearson's r of x and y
     */
    public record Fit(double[] mixing, double[] product, double slope, double intercept, double correlation)
            implements java.io.Serializable {
    }

    /** The entry correlation of W_in (n × d) and W_out (d × n) with M_s (n × n), all row-major. */
    public static EntryCorrelation of(int nFeatures, int dMlp, float[] wIn, float[] wOut, float[] mixingScaled) {
        Response.checkShapes(nFeatures, dMlp, wIn, wOut);
        int n = nFeatures;
        if (mixingScaled.length != n * n) {
            throw new IllegalArgumentException("mixingScaled must hold nFeatures² = " + n * n + " entries, got "
                    + mixingScaled.length);
        }
        double[] p = Matrices.product(n, dMlp, wIn, wOut);
        double[] diagonalMixing = new double[n];
        double[] diagonalProduct = new double[n];
        double[] offMixing = new double[n * (n - 1)];
        double[] offProduct = new double[n * (n - 1)];
        int q = 0;
        for (int l = 0; l < n; l++) {
            for (int j = 0; j < n; j++) {
                if (l == j) {
                    diagonalMixing[l] = mixingScaled[l * n + l];
                    diagonalProduct[l] = p[l * n + l];
                } else {
                    offMixing[q] = mixingScaled[j * n + l];
                    offProduct[q] = p[l * n + j];
                    q++;
                }
            }
        }
        return new EntryCorrelation(withIntercept(diagonalMixing, diagonalProduct),
                throughOrigin(offMixing, offProduct));
    }

    private static Fit withIntercept(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0.0;
        double sxx = 0.0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxx == 0.0 ? Double.NaN : sxy / sxx;
        return new Fit(x, y, slope, meanY - slope * meanX, correlation(x, y));
    }

    private static Fit throughOrigin(double[] x, double[] y) {
        double sxx = Matrices.dot(x, x);
        double slope = sxx == 0.0 ? Double.NaN : Matrices.dot(x, y) / sxx;
        return new Fit(x, y, slope, 0.0, correlation(x, y));
    }

    private static double correlation(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0.0;
        double sxx = 0.0;
        double syy = 0.0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        double norms = Math.sqrt(sxx * syy);
        return norms == 0.0 ? Double.NaN : sxy / norms;
    }

    private static double mean(double[] a) {
        double sum = 0.0;
        for (double v : a) {
            sum += v;
        }
        return a.length == 0 ? Double.NaN : sum / a.length;
    }
}
