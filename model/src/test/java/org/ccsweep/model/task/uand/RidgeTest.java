package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The closed-form read-off, built from the per-feature and per-pair sums, is the weighted ridge least squares
 * solved directly: per output, the normal equations Σ_n w(y_no) h_n h_nᵀ / N + λ I accumulated input by input
 * from the dense labels and solved by Gaussian elimination, in double. The two differ only by rounding
 * (float read-off, double sums in another order): 1e-4 of the largest coefficient.
 */
class RidgeTest {

    @Test
    void andAndXorMatchTheDirectSolution() {
        for (Operation op : Operation.values()) {
            Structure s = Structure.draw(8, 20, 0, 0, new Rng(4));
            int d = 6;
            double p = 0.25;
            Net net = Net.init(FirstLayer.GAUSSIAN, s, d, 0.0, new Rng(5));
            LossWeights weights = LossWeights.balanced(op.positiveRate(p));
            double penalty = 1e-3;
            float[] fit = Ridge.fit(s, net, op, weights, p, penalty, 3000, new Rng(6));
            double[][] direct = direct(s, net, op, weights, p, penalty, 3000, new Rng(6));
            double largest = 0.0;
            for (double[] row : direct) {
                for (double v : row) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
            assertThat(largest).isGreaterThan(0.1);
            for (int o = 0; o < s.outputs(); o++) {
                for (int c = 0; c < d; c++) {
                    assertThat((double) fit[c * s.outputs() + o]).as("%s a[%d][%d]", op, o, c)
                            .isCloseTo(direct[o][c], within(1e-4 * largest));
                }
            }
        }
    }

    /** Per output o, a_o from the normal equations accumulated input by input (the same inputs as the fit's). */
    private static double[][] direct(Structure s, Net net, Operation op, LossWeights weights, double p, double penalty,
            int samples, Rng rng) {
        int d = net.d;
        UandProblem problem = new UandProblem(s, d, op, weights);
        double[][][] a = new double[s.outputs()][d][d];
        double[][] b = new double[s.outputs()][d];
        Forward forward = new Forward(s, net);
        BooleanBatch batch = new BooleanBatch(s.features(), 1024);
        for (int done = 0; done < samples; done += 1024) {
            batch.draw(Math.min(1024, samples - done), p, rng);
            List<double[]> dense = Batches.dense(batch, s.features());
            for (int n = 0; n < batch.size(); n++) {
                forward.hidden(batch.active(), batch.from(n), batch.to(n));
                double[] y = new double[s.outputs()];
                problem.labels(null, dense.get(n), y);
                for (int o = 0; o < s.outputs(); o++) {
                    double w = weights.of(y[o] == 1.0);
                    for (int i = 0; i < d; i++) {
                        b[o][i] += w * y[o] * forward.h[i] / samples;
                        for (int j = 0; j < d; j++) {
                            a[o][i][j] += w * forward.h[i] * forward.h[j] / samples;
                        }
                    }
                }
            }
        }
        double[][] solution = new double[s.outputs()][];
        for (int o = 0; o < s.outputs(); o++) {
            for (int i = 0; i < d; i++) {
                a[o][i][i] += penalty;
            }
            solution[o] = gauss(a[o], b[o]);
        }
        return solution;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] gauss(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = a[col];
            a[col] = a[pivot];
            a[pivot] = row;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
