package org.ccsweep.bench;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.task.cc.CcResult;
import org.ccsweep.model.task.cc.eval.LossEvaluator;

/**
 * Times the evaluator on a trained model: a {@value #POINTS}-point log grid of p_eval from 1e-3 to 1.
 *
 * @param seconds          wall time of the whole profile
 * @param worstRelativeSe  max over the grid of SE(L/p) / (L/p)
 * @param samplesPerK      the evaluator's samples per active-feature count k ≥ 2
 */
public record ProfileTiming(double seconds, double worstRelativeSe, int samplesPerK) {
    static final int POINTS = 100;

    public static ProfileTiming measure(CcResult trained, int samplesPerK) {
        int n = trained.spec().nFeatures();
        int d = trained.spec().dMlp();
        float sigma = (float) Math.abs(trained.finalSigma());
        float[] mixingScaled = new float[trained.mixing().length];
        for (int i = 0; i < mixingScaled.length; i++) {
            mixingScaled[i] = sigma * trained.mixing()[i];
        }
        long start = System.nanoTime();
        LossProfile profile = LossEvaluator.profile(n, d, trained.wIn(), trained.wOut(), mixingScaled, logGrid(),
                samplesPerK, trained.spec().streams().eval());
        double seconds = (System.nanoTime() - start) * 1e-9;
        double worst = 0.0;
        for (int q = 0; q < profile.size(); q++) {
            worst = Math.max(worst, profile.stderr()[q] / profile.lossPerFeature()[q]);
        }
        return new ProfileTiming(seconds, worst, samplesPerK);
    }

    static double[] logGrid() {
        double[] grid = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            grid[i] = Math.pow(10.0, -3.0 + 3.0 * i / (POINTS - 1));
        }
        return grid;
    }
}
