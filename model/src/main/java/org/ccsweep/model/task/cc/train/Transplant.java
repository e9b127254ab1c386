package org.ccsweep.model.task.cc.train;

import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.DivergedException;

/**
 * The transplant experiment (science.md section 7, the paper's Figure 6): train the simplified model
 * on noisy labels, then continue training the same weights on clean labels (M = 0).
 *
 * <p>Phase 1 ("noisy"): {@link Trainer#train(CcRun, float[], SimplifiedModel, Rng)} on
 * y = ReLU(x) + |s| · x · Mᵀ for spec.steps() steps (s learnt when the spec says so). Phase 2
 * ("clean"): the same weights on y = ReLU(x) for {@code cleanSteps} steps, on the same training
 * stream, with a fresh AdamW and a fresh cosine schedule from spec.lr() down to 0: the second phase
 * is a training run of its own that starts from the transplanted weights, as fine-tuning a trained
 * model would, rather than the tail of the first phase's annealed schedule (which would leave it a
 * learning rate near 0). Phase 2's curve steps continue phase 1's numbering.
 *
 * <p>L/p at p_train is evaluated three times on the evaluation stream, in this order: at the end of
 * phase 1 on the noisy labels, at the switch (phase 1's weights) on the clean labels, and at the end
 * of phase 2 on the clean labels.
 */
public final class Transplant {
    private Transplant() {
    }

    /**
     * @param spec       the run: phase 1's labels and steps, and everything both phases share
     * @param mixing     the unscaled M of phase 1, n × n row-major
     * @param model      the initialised model; its weights are trained in place through both phases
     * @param cleanSteps phase 2's steps
     * @param trainRng   the training stream (batches of both phases)
     * @param evalRng    the evaluation stream
     * @throws DivergedException when a step's loss is NaN or infinite
     */
    public static TransplantResult run(CcRun spec, float[] mixing, SimplifiedModel model, int cleanSteps,
            Rng trainRng, Rng evalRng) {
        int n = model.nFeatures();
        float[] clean = new float[n * n];
        TrainingResult noisy = Trainer.train(spec, mixing, model, trainRng);
        Estimate noisyEnd = lossPerFeature(spec, model, scaled(mixing, noisy.sigma()), evalRng);
        Estimate cleanStart = lossPerFeature(spec, model, clean, evalRng);
        TrainingResult cleanPhase = Trainer.train(spec, clean, 0f, false, cleanSteps, model, trainRng);
        Estimate cleanEnd = lossPerFeature(spec, model, clean, evalRng);
        int[] steps = cleanPhase.curveSteps();
        for (int w = 0; w < steps.length; w++) {
            steps[w] += spec.steps();
        }
        TrainingResult cleanContinued = new TrainingResult(cleanPhase.sigma(), steps, cleanPhase.curveLoss(),
                cleanPhase.finalLoss());
        return new TransplantResult(noisy, cleanContinued, noisyEnd, cleanStart, cleanEnd, model.wIn().clone(),
                model.wOut().clone());
    }

    private static float[] scaled(float[] mixing, float sigma) {
        float[] out = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            out[i] = Math.abs(sigma) * mixing[i];
        }
        return out;
    }

    /** L/p at p_train measured to spec.evalPrecision(), and its standard error. */
    private static Estimate lossPerFeature(CcRun spec, SimplifiedModel model, float[] mixingScaled, Rng rng) {
        LossProfile profile = LossEvaluator.profile(model.nFeatures(), model.dMlp(), model.wIn(), model.wOut(),
                mixingScaled, new double[] {spec.pTrain()}, spec.evalPrecision(), rng);
        return new Estimate(profile.lossPerFeature()[0], profile.stderr()[0]);
    }
}
