package org.ccsweep.model.task.cc;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.baselines.NaiveModel;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.ccsweep.model.task.cc.train.TrainingResult;

/**
 * The part every executor shares once a model is trained: its loss profile over spec.evalP() with
 * M_s = |s_final| · M on the eval stream, its exact L/p on single-feature inputs, the naive model's L/p
 * on the same labels (the reference a learnt σ moves), and the {@link CcResult} that holds them.
 */
final class TrainedRun {
    private TrainedRun() {
    }

    /**
     * @param training     the training's curve and final s
     * @param trainSeconds wall time of training
     * @param wIn          the simplified (or effective) W_in, n × d row-major, owned by the result
     * @param wOut         the simplified (or effective) W_out, d × n row-major, owned by the result
     * @param mixing       the unscaled M, n × n row-major
     * @param transplant   the phase-end losses of a transplant run, null for other runs
     */
    static CcResult evaluate(CcRun spec, SeedStreams streams, TrainingResult training, double trainSeconds,
            float[] wIn, float[] wOut, float[] mixing, TransplantLosses transplant) {
        long evalStart = System.nanoTime();
        float sigmaAbs = Math.abs(training.sigma());
        float[] mixingScaled = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            mixingScaled[i] = sigmaAbs * mixing[i];
        }
        LossProfile profile = LossEvaluator.profile(spec.nFeatures(), spec.dMlp(), wIn, wOut, mixingScaled,
                spec.evalP(), spec.evalPrecision(), streams.eval());
        double oneActive = spec.nFeatures() * LossEvaluator.lossGivenOneActive(spec.nFeatures(), spec.dMlp(), wIn, wOut,
                mixingScaled);
        double naive = NaiveModel.lossPerFeature(spec.nFeatures(), spec.dMlp(), mixingScaled);
        double evalSeconds = (System.nanoTime() - evalStart) * 1e-9;
        return new CcResult(spec, training.sigma(), training.finalLoss(), trainSeconds, evalSeconds,
                training.curveSteps(), training.curveLoss(), profile, oneActive, naive, wIn, wOut, mixing, transplant, null);
    }

    /** Seconds since {@code startNanos}, a {@link System#nanoTime()} reading. */
    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
