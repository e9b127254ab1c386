package org.ccsweep.model.task.cc.eval;

/**
 * The law of the number k of active features under Bernoulli(p) inputs:
 * w_k(p) = Binom(k; n, p) = C(n, k) p^k (1 − p)^(n − k), computed in log space so that it neither
 * overflows for n in the hundreds nor loses the tiny weights far from the mode.
 */
final class ActiveCountWeights {

    private ActiveCountWeights() {
    }

    /** Weights for every p of {@code pEval} (each in (0, 1]), as an array of shape |pEval| × (n + 1), index k. */
    static double[][] of(int nFeatures, double[] pEval) {
        double[] logChoose = logChoose(nFeatures);
        double[][] weights = new double[pEval.length][nFeatures + 1];
        for (int q = 0; q < pEval.length; q++) {
            double p = pEval[q];
            double logP = Math.log(p);
            double logQ = Math.log1p(-p);
            for (int k = 0; k <= nFeatures; k++) {
                int inactive = nFeatures - k;
                double logInactive = inactive == 0 ? 0.0 : inactive * logQ;
                weights[q][k] = Math.exp(logChoose[k] + k * logP + logInactive);
            }
        }
        return weights;
    }

    private static double[] logChoose(int n) {
        double[] logFactorial = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        double[] out = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            out[k] = logFactorial[n] - logFactorial[k] - logFactorial[n - k];
        }
        return out;
    }
}
