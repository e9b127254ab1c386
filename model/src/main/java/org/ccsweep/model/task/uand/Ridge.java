package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Rng;

/**
 * The closed-form read-off for a fixed hidden layer and one output per pair: for each output o, in double,
 * <pre>
 *   a_o = argmin_a (1/N) Σ_n w(y_no) (h_n · a − y_no)² + λ ‖a‖²
 *       = (S_o + λ I)⁻¹ t_o,   S_o = (1/N) Σ_n w(y_no) h_n h_nᵀ,   t_o = (w(1)/N) Σ_n y_no h_n
 * </pre>
 * over N fresh inputs (weighted ridge least squares; the problem is convex, so this is the best linear
 * read-off the trained one can reach). The labels are polynomials in the pair's features, AND = x_i x_j and
 * XOR = x_i + x_j − 2 x_i x_j, so S_o = w(0) S + (w(1) − w(0)) Σ_n y_no h_n h_nᵀ comes from the sums
 * S = Σ h hᵀ, S_i = Σ_{x_i = 1} h hᵀ and S_ij = Σ_{x_i = x_j = 1} h hᵀ (and t_o likewise), which cost N
 * times the active features (and active pairs) rather than N · m'. Each system is solved by Cholesky.
 */
final class Ridge {
    private Ridge() {
    }

    /**
     * @return W_2, d × m' row-major, rounded to float
     * @throws ArithmeticException when a system is not positive definite (λ too small for the data)
     */
    static float[] fit(Structure structure, Net net, Operation op, LossWeights weights, double p, double penalty,
            int samples, Rng rng) {
        int d = net.d;
        int m = structure.features();
        int outs = structure.outputs();
        Pairs pairs = structure.pairs();
        boolean xor = op == Operation.XOR;
        double[] all = new double[d * d];
        double[][] byFeature = new double[xor ? m : 0][];
        double[][] byFeatureT = new double[xor ? m : 0][];
        double[][] byPair = new double[outs][];
        double[][] byPairT = new double[outs][];
        Forward forward = new Forward(structure, net);
        BooleanBatch batch = new BooleanBatch(m, 1024);
        boolean[] on = new boolean[m];
        int[] both = new int[outs];
        double[] h = new double[d];
        for (int done = 0; done < samples; done += 1024) {
            batch.draw(Math.min(1024, samples - done), p, rng);
            int[] active = batch.active();
            for (int s = 0; s < batch.size(); s++) {
                forward.run(active, batch.from(s), batch.to(s));
                for (int c = 0; c < d; c++) {
                    h[c] = forward.h[c];
                }
                addOuter(all, h);
                for (int a = batch.from(s); a < batch.to(s) && xor; a++) {
                    add(byFeature, byFeatureT, active[a], h);
                }
                int count = Labels.positives(pairs, Operation.AND, active, batch.from(s), batch.to(s), on, both);
                for (int k = 0; k < count; k++) {
                    add(byPair, byPairT, both[k], h);
                }
            }
        }
        float[] readoff = new float[d * outs];
        double[] system = new double[d * d];
        double[] rhs = new double[d];
        double scale = 1.0 / samples;
        double shift = weights.positive() - weights.zero();
        for (int o = 0; o < outs; o++) {
            for (int e = 0; e < d * d; e++) {
                double yh = xor ? at(byFeature[pairs.first(o)], e) + at(byFeature[pairs.second(o)], e)
                        - 2.0 * at(byPair[o], e) : at(byPair[o], e);
                system[e] = scale * (weights.zero() * all[e] + shift * yh);
            }
            for (int c = 0; c < d; c++) {
                system[c * d + c] += penalty;
                double yh = xor ? at(byFeatureT[pairs.first(o)], c) + at(byFeatureT[pairs.second(o)], c)
                        - 2.0 * at(byPairT[o], c) : at(byPairT[o], c);
                rhs[c] = scale * weights.positive() * yh;
            }
            solve(system, d, rhs, o);
            for (int c = 0; c < d; c++) {
                readoff[c * outs + o] = (float) rhs[c];
            }
        }
        return readoff;
    }

    private static double at(double[] a, int i) {
        return a == null ? 0.0 : a[i];
    }

    private static void add(double[][] outer, double[][] sums, int index, double[] h) {
        if (outer[index] == null) {
            outer[index] = new double[h.length * h.length];
            sums[index] = new double[h.length];
        }
        addOuter(outer[index], h);
        for (int c = 0; c < h.length; c++) {
            sums[index][c] += h[c];
        }
    }

    /** a += h hᵀ. */
    private static void addOuter(double[] a, double[] h) {
        int d = h.length;
        for (int c = 0; c < d; c++) {
            if (h[c] != 0.0) {
                for (int k = 0; k < d; k++) {
                    a[c * d + k] += h[c] * h[k];
                }
            }
        }
    }

    /** Solves A x = b in place (b becomes x) for symmetric positive definite A (overwritten by its Cholesky factor). */
    private static void solve(double[] a, int n, double[] b, int output) {
        for (int j = 0; j < n; j++) {
            double diagonal = a[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j * n + k] * a[j * n + k];
            }
            if (!(diagonal > 0.0)) {
                throw new ArithmeticException("the ridge system of output " + output
                        + " is not positive definite; raise uand.ridge.penalty");
            }
            double root = Math.sqrt(diagonal);
            a[j * n + j] = root;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = sum / root;
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= a[i * n + k] * b[k];
            }
            b[i] = sum / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int k = i + 1; k < n; k++) {
                sum -= a[k * n + i] * b[k];
            }
            b[i] = sum / a[i * n + i];
        }
    }
}
