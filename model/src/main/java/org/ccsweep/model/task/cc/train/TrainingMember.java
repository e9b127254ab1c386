package org.ccsweep.model.task.cc.train;

import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.Schedule;
import org.ccsweep.model.train.DivergedException;
import org.ccsweep.model.train.TrainingCurve;

/**
 * One model's side of a training loop ({@link Trainer}): its step, AdamW on W_in, W_out (and s when
 * learnable), the cosine schedule over the T steps and the curve. The loss of each step is recorded
 * before its update.
 */
final class TrainingMember {
    private final BatchLoss lossGradient;
    private final float[] wIn;
    private final float[] wOut;
    private final boolean learnSigma;
    private final float[] gradWIn;
    private final float[] gradWOut;
    private final float[] sigma;
    private final float[] gradSigma = new float[1];
    private final AdamW wInOptimiser;
    private final AdamW wOutOptimiser;
    private final AdamW sigmaOptimiser;
    private final Schedule schedule;
    private final double peakLr;
    private final int steps;
    private final TrainingCurve curve;

    TrainingMember(CcRun spec, BatchLoss lossGradient, float[] wIn, float[] wOut, float sigma0, boolean learnSigma,
            int steps) {
        this.lossGradient = lossGradient;
        this.wIn = wIn;
        this.wOut = wOut;
        this.learnSigma = learnSigma;
        this.gradWIn = new float[wIn.length];
        this.gradWOut = new float[wOut.length];
        this.sigma = new float[] {sigma0};
        this.wInOptimiser = optimiser(spec, wIn.length);
        this.wOutOptimiser = optimiser(spec, wOut.length);
        this.sigmaOptimiser = optimiser(spec, 1);
        this.schedule = spec.schedule();
        this.peakLr = spec.lr();
        this.steps = steps;
        this.curve = new TrainingCurve(steps, spec.curvePoints());
    }

    /**
     * Step t (0-based) on the batch.
     *
     * @throws DivergedException when the step's loss is NaN or infinite
     */
    void step(SparseBatch batch, int t) {
        double loss = lossGradient.compute(batch, wIn, wOut, sigma[0], gradWIn, gradWOut);
        if (!Double.isFinite(loss)) {
            throw new DivergedException(t + 1, loss);
        }
        curve.add(loss);
        double lr = schedule.lr(peakLr, t, steps);
        wInOptimiser.step(wIn, gradWIn, lr);
        wOutOptimiser.step(wOut, gradWOut, lr);
        if (learnSigma) {
            gradSigma[0] = (float) lossGradient.gradSigma();
            sigmaOptimiser.step(sigma, gradSigma, lr);
        }
    }

    TrainingResult result() {
        return new TrainingResult(sigma[0], curve.steps(), curve.loss(), curve.finalLoss());
    }

    private static AdamW optimiser(CcRun spec, int size) {
        return new AdamW(size, spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay());
    }
}
