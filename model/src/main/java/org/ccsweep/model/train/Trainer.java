package org.ccsweep.model.train;

import org.ccsweep.model.data.BatchSampler;
import org.ccsweep.model.data.SparseBatch;
import org.ccsweep.model.net.ResidualModel;
import org.ccsweep.model.net.SimplifiedModel;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.RunSpec;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a model in place (science.md sections 4 and 5): a fresh batch every step, MSE loss, AdamW
 * on W_in, W_out (and s when learnable), the learning rate of step t = 0..T−1 from a cosine schedule
 * over the T steps of the call. The loss of each step is recorded before its update. Every call
 * starts fresh AdamW moments and a fresh schedule; only the weights and the stream carry over. The
 * step (sparse or dense) is chosen from the spec's inputs by {@link StepSelection}.
 */
public final class Trainer {
    private Trainer() {
    }

    /**
     * The simplified model on the spec's labels: scale spec.sigma(), learnt when spec.learnSigma(),
     * for spec.steps() steps.
     *
     * @param spec   the run (steps, batch, optimiser, inputs, sigma)
     * @param mixing the unscaled M, n × n row-major
     * @param model  the initialised model; its weights are updated in place
     * @param rng    the training stream (batches)
     * @throws DivergedException when a step's loss is NaN or infinite
     */
    public static TrainingResult train(RunSpec spec, float[] mixing, SimplifiedModel model, Rng rng) {
        return train(spec, mixing, (float) spec.sigma(), spec.learnSigma(), spec.steps(), model, rng);
    }

    /**
     * The simplified model on labels y = ReLU(x) + |s| · x · Mᵀ given explicitly, for the given number
     * of steps; everything else (batch, optimiser, inputs, curve points) from the spec.
     *
     * @param sigma      the initial s
     * @param learnSigma whether s is trained jointly with the weights
     * @param steps      T, the steps of this call and of its cosine schedule
     */
    public static TrainingResult train(RunSpec spec, float[] mixing, float sigma, boolean learnSigma, int steps,
            SimplifiedModel model, Rng rng) {
        BatchLoss loss = StepSelection.simplified(spec.inputMode(), spec.pTrain(), model.nFeatures(), model.dMlp(),
                spec.batch(), mixing);
        return loop(spec, loss, model.nFeatures(), model.wIn(), model.wOut(), sigma, learnSigma, steps, rng);
    }

    /**
     * The residual model for spec.steps() steps on its labels y = x + ReLU(x); it has no scale, so
     * spec.sigma() and spec.learnSigma() do not apply (the result's sigma is 1).
     */
    public static TrainingResult train(RunSpec spec, ResidualModel model, Rng rng) {
        BatchLoss effective = StepSelection.simplified(spec.inputMode(), spec.pTrain(), model.nFeatures(),
                model.dMlp(), spec.batch(), model.mixing());
        BatchLoss loss = new ResidualLossGradient(model, effective);
        return loop(spec, loss, model.nFeatures(), model.wIn(), model.wOut(), 1f, false, spec.steps(), rng);
    }

    private static TrainingResult loop(RunSpec spec, BatchLoss lossGradient, int nFeatures, float[] wIn,
            float[] wOut, float sigma0, boolean learnSigma, int steps, Rng rng) {
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        float[] gradWIn = new float[wIn.length];
        float[] gradWOut = new float[wOut.length];
        float[] sigma = {sigma0};
        float[] gradSigma = new float[1];

        BatchSampler sampler = new BatchSampler(spec.inputMode(), spec.pTrain(), spec.batch(), nFeatures, rng);
        AdamW wInOptimiser = optimiser(spec, wIn.length);
        AdamW wOutOptimiser = optimiser(spec, wOut.length);
        AdamW sigmaOptimiser = optimiser(spec, 1);
        CosineSchedule schedule = new CosineSchedule(spec.lr(), steps);
        TrainingCurve curve = new TrainingCurve(steps, spec.curvePoints());

        for (int t = 0; t < steps; t++) {
            SparseBatch batch = sampler.next();
            double loss = lossGradient.compute(batch, wIn, wOut, sigma[0], gradWIn, gradWOut);
            if (!Double.isFinite(loss)) {
                throw new DivergedException(t + 1, loss);
            }
            curve.add(loss);
            double lr = schedule.lr(t);
            wInOptimiser.step(wIn, gradWIn, lr);
            wOutOptimiser.step(wOut, gradWOut, lr);
            if (learnSigma) {
                gradSigma[0] = (float) lossGradient.gradSigma();
                sigmaOptimiser.step(sigma, gradSigma, lr);
            }
        }
        return new TrainingResult(sigma[0], curve.steps(), curve.loss(), curve.finalLoss());
    }

    private static AdamW optimiser(RunSpec spec, int size) {
        return new AdamW(size, spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay());
    }
}
