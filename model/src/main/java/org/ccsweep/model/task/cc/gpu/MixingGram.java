package org.ccsweep.model.task.cc.gpu;

/** MᵀM of an unscaled M, in double: the quadratic label moment q = Σ xᵀ · MᵀM · x needs it. */
final class MixingGram {
    private MixingGram() {
    }

    /** (MᵀM)[i][j] = Σ_o M[o][i] · M[o][j], summed in o order, n × n row-major. */
    static double[] of(float[] mixing, int n) {
        double[] gram = new double[n * n];
        for (int o = 0; o < n; o++) {
            for (int i = 0; i < n; i++) {
                double moi = mixing[o * n + i];
                for (int j = 0; j < n; j++) {
                    gram[i * n + j] += moi * mixing[o * n + j];
                }
            }
        }
        return gram;
    }
}
