package org.ccsweep.model.task.tms;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.DivergedException;
import org.ccsweep.model.train.TrainingCurve;

/**
 * Trains a TMS model in place by the run's recipe (the notebook's {@code optimize}): a fresh batch every step from
 * the training stream, the importance-weighted loss of {@link TmsStep}, AdamW on W and on b (both decayed, as the
 * notebook passes every parameter to {@code torch.optim.AdamW}), the rate of step t = 0..T−1 from the run's
 * schedule. Each step's loss is recorded before its update.
 */
final class TmsTrainer {
    private TmsTrainer() {
    }

    /**
     * @param model the initialised model, updated in place
     * @param rng   the training stream
     * @return the thinned curve of the training loss
     * @throws DivergedException when a step's loss is NaN or infinite
     */
    static TrainingCurve train(TmsRun run, TmsModel model, Rng rng) {
        var spec = run.spec();
        TmsSampler sampler = new TmsSampler(run.probabilities(run.pTrain()), spec.batch());
        TmsStep step = new TmsStep(run.importance(), run.m(), spec.batch());
        AdamW onW = new AdamW(model.w().length, spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay());
        AdamW onB = new AdamW(model.b().length, spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay());
        float[] gw = new float[model.w().length];
        float[] gb = new float[model.b().length];
        int steps = spec.steps();
        TrainingCurve curve = new TrainingCurve(steps, spec.curvePoints());
        for (int t = 0; t < steps; t++) {
            sampler.next(rng);
            double loss = step.lossAndGradient(sampler, model.w(), model.b(), gw, gb);
            if (!Double.isFinite(loss)) {
                throw new DivergedException(t + 1, loss);
            }
            curve.add(loss);
            double lr = spec.schedule().lr(spec.lr(), t, steps);
            onW.step(model.w(), gw, lr);
            onB.step(model.b(), gb, lr);
        }
        return curve;
    }
}
