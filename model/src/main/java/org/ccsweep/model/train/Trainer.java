package org.ccsweep.model.train;

import org.ccsweep.model.data.BatchSampler;
import org.ccsweep.model.data.SparseBatch;
import org.ccsweep.model.net.SimplifiedModel;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.RunSpec;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the simplified model in place (science.md sections 4 and 5): a fresh batch every step, MSE
 * loss, AdamW on W_in, W_out (and s when learnable), the learning rate of step t = 0..T−1 from a
 * cosine schedule. The loss of each step is recorded before its update.
 */
public final class Trainer {
    private Trainer() {
    }

    /**
     * @param spec   the run (steps, batch, optimiser, inputs, sigma)
     * @param mixing the unscaled M, n × n row-major
     * @param model  the initialised model; its weights are updated in place
     * @param rng    the training stream (batches)
     * @throws DivergedException when a step's loss is NaN or infinite
     */
    public static TrainingResult train(RunSpec spec, float[] mixing, SimplifiedModel model, Rng rng) {
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        int n = model.nFeatures();
        int d = model.dMlp();
        float[] wIn = model.wIn();
        float[] wOut = model.wOut();
        float[] gradWIn = new float[wIn.length];
        float[] gradWOut = new float[wOut.length];
        float[] sigma = {(float) spec.sigma()};
        float[] gradSigma = new float[1];

        BatchSampler sampler = new BatchSampler(spec.inputMode(), spec.pTrain(), spec.batch(), n, rng);
        SparseLossGradient lossGradient = new SparseLossGradient(n, d, spec.batch(), mixing);
        AdamW wInOptimiser = optimiser(spec, wIn.length);
        AdamW wOutOptimiser = optimiser(spec, wOut.length);
        AdamW sigmaOptimiser = optimiser(spec, 1);
        CosineSchedule schedule = new CosineSchedule(spec.lr(), spec.steps());
        TrainingCurve curve = new TrainingCurve(spec.steps(), spec.curvePoints());

        for (int t = 0; t < spec.steps(); t++) {
            SparseBatch batch = sampler.next();
            double loss = lossGradient.compute(batch, wIn, wOut, sigma[0], gradWIn, gradWOut);
            if (!Double.isFinite(loss)) {
                throw new DivergedException(t + 1, loss);
            }
            curve.add(loss);
            double lr = schedule.lr(t);
            wInOptimiser.step(wIn, gradWIn, lr);
            wOutOptimiser.step(wOut, gradWOut, lr);
            if (spec.learnSigma()) {
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
