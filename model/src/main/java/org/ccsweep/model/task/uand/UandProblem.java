package org.ccsweep.model.task.uand;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.DenseProblem;

/**
 * The U-AND task as plainly as Hänni et al. state it, in double precision and dense vectors:
 * <pre>
 *   x ∈ {0, 1}^m, each x_i = 1 independently with probability p
 *   y_o = x_{i_o} ∧ x_{j_o}  (or ⊕ for U-XOR), o = 1 … m'      (labels; (i_o, j_o) the pairs)
 *   v = x · E_in  (or x),  h = ReLU(v · W_1 + b_1),  ŷ = h · W_2
 *   r_o = ŷ · u_o  (or ŷ_o)                                      (read-offs; u_o the rows of E_out)
 *   loss = (1/m') Σ_o w(y_o) (r_o − y_o)²
 * </pre>
 * θ = [W_1 (d_0 × d), b_1 (d), W_2 (d × d_out)], row-major. Every output's read-off is formed and every
 * label is computed from x: no sparsity, no Gram form. The float step ({@link Step}), the trainer and the
 * evaluators are tested against it.
 */
public final class UandProblem implements DenseProblem {
    private final Structure structure;
    private final int d;
    private final Operation op;
    private final LossWeights weights;

    public UandProblem(Structure structure, int d, Operation op, LossWeights weights) {
        this.structure = structure;
        this.d = d;
        this.op = op;
        this.weights = weights;
    }

    /** θ of a net, in double. */
    static double[][] parameters(Net net) {
        return new double[][] {toDouble(net.w1), toDouble(net.b1), toDouble(net.w2)};
    }

    @Override
    public int inputs() {
        return structure.features();
    }

    @Override
    public int outputs() {
        return structure.outputs();
    }

    @Override
    public int[] parameterSizes() {
        return new int[] {structure.dIn() * d, d, d * structure.dOut()};
    }

    @Override
    public void sample(double p, Rng rng, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < p ? 1.0 : 0.0;
        }
    }

    @Override
    public void labels(double[][] theta, double[] x, double[] y) {
        Pairs pairs = structure.pairs();
        for (int o = 0; o < y.length; o++) {
            y[o] = op.label(x[pairs.first(o)] == 1.0, x[pairs.second(o)] == 1.0) ? 1.0 : 0.0;
        }
    }

    @Override
    public void forward(double[][] theta, double[] x, double[] out) {
        double[] v = embedded(x);
        double[] h = hidden(theta, v);
        readouts(yHat(theta, h), out);
    }

    @Override
    public double loss(double[][] theta, double[] x, double[][] grads) {
        int outs = outputs();
        int dOut = structure.dOut();
        double[] v = embedded(x);
        double[] h = hidden(theta, v);
        double[] r = new double[outs];
        readouts(yHat(theta, h), r);
        double[] y = new double[outs];
        labels(theta, x, y);
        double total = 0.0;
        double[] dR = new double[outs];
        for (int o = 0; o < outs; o++) {
            double w = weights.of(y[o] == 1.0);
            double e = r[o] - y[o];
            total += w * e * e;
            dR[o] = 2.0 * w * e / outs;
        }
        if (grads != null) {
            double[] dYHat = structure.directOut() ? dR : new double[dOut];
            for (int o = 0; o < outs && !structure.directOut(); o++) {
                for (int a = 0; a < dOut; a++) {
                    dYHat[a] += dR[o] * structure.embedOut()[o * dOut + a];
                }
            }
            double[] w2 = theta[2];
            int dIn = structure.dIn();
            for (int c = 0; c < d; c++) {
                double dh = 0.0;
                for (int a = 0; a < dOut; a++) {
                    grads[2][c * dOut + a] += h[c] * dYHat[a];
                    dh += w2[c * dOut + a] * dYHat[a];
                }
                double dz = h[c] > 0.0 ? dh : 0.0;
                grads[1][c] += dz;
                for (int k = 0; k < dIn; k++) {
                    grads[0][k * d + c] += v[k] * dz;
                }
            }
        }
        return total / outs;
    }

    private double[] embedded(double[] x) {
        if (structure.directIn()) {
            return x.clone();
        }
        int dIn = structure.dIn();
        double[] v = new double[dIn];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < dIn; k++) {
                v[k] += x[i] * structure.embedIn()[i * dIn + k];
            }
        }
        return v;
    }

    private double[] hidden(double[][] theta, double[] v) {
        double[] h = new double[d];
        for (int c = 0; c < d; c++) {
            double z = theta[1][c];
            for (int k = 0; k < v.length; k++) {
                z += v[k] * theta[0][k * d + c];
            }
            h[c] = Math.max(z, 0.0);
        }
        return h;
    }

    private double[] yHat(double[][] theta, double[] h) {
        int dOut = structure.dOut();
        double[] yHat = new double[dOut];
        for (int a = 0; a < dOut; a++) {
            for (int c = 0; c < d; c++) {
                yHat[a] += h[c] * theta[2][c * dOut + a];
            }
        }
        return yHat;
    }

    private void readouts(double[] yHat, double[] r) {
        int dOut = structure.dOut();
        for (int o = 0; o < r.length; o++) {
            if (structure.directOut()) {
                r[o] = yHat[o];
            } else {
                r[o] = 0.0;
                for (int a = 0; a < dOut; a++) {
                    r[o] += yHat[a] * structure.embedOut()[o * dOut + a];
                }
            }
        }
    }

}
