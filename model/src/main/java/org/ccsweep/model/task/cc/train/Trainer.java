package org.ccsweep.model.task.cc.train;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.DivergedException;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a model in place (science.md sections 4 and 5): a fresh batch every step, MSE loss, AdamW
 * on W_in, W_out (and s when learnable), the learning rate of step t = 0..T−1 from a cosine schedule
 * over the T steps of the call. The loss of each step is recorded before its update. Every call
 * starts fresh AdamW moments and a fresh schedule; only the weights and the stream carry over. The
 * step (sparse or dense) is chosen from the spec's inputs by {@link StepSelection}. Several models
 * that share their batches train in lock-step with {@link #trainTogether}, each to the same bits.
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
    public static TrainingResult train(CcRun spec, float[] mixing, SimplifiedModel model, Rng rng) {
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
    public static TrainingResult train(CcRun spec, float[] mixing, float sigma, boolean learnSigma, int steps,
            SimplifiedModel model, Rng rng) {
        BatchLoss loss = StepSelection.simplified(spec.inputMode(), spec.pTrain(), model.nFeatures(), model.dMlp(),
                spec.batch(), mixing);
        return loop(spec, loss, model.nFeatures(), model.wIn(), model.wOut(), sigma, learnSigma, steps, rng);
    }

    /**
     * The residual model for spec.steps() steps on its labels y = x + ReLU(x); it has no scale, so
     * spec.sigma() and spec.learnSigma() do not apply (the result's sigma is 1).
     */
    public static TrainingResult train(CcRun spec, ResidualModel model, Rng rng) {
        BatchLoss effective = StepSelection.simplified(spec.inputMode(), spec.pTrain(), model.nFeatures(),
                model.dMlp(), spec.batch(), model.mixing());
        BatchLoss loss = new ResidualLossGradient(model, effective);
        return loop(spec, loss, model.nFeatures(), model.wIn(), model.wOut(), 1f, false, spec.steps(), rng);
    }

    /**
     * Several simplified models trained in lock-step on one stream of batches: each step draws one
     * batch and every model still training takes its step on it. Each model's steps are exactly
     * those {@link #train(CcRun, float[], SimplifiedModel, Rng)} would take alone on the same
     * stream (same batches, same arithmetic, bit for bit); the sparse step's batch layout and label
     * moments, which depend on the batch and M only, are computed once per batch for all
     * ({@link BatchLayout}). A model whose loss diverges stops; the others go on.
     *
     * @param specs  runs that differ at most in σ, learnt σ and the optimiser: same inputs, p_train,
     *               batch and steps (checked)
     * @param mixing the unscaled M of every run, n × n row-major
     * @param models the initialised models, one per spec; weights updated in place
     * @param rng    the training stream all specs share (their seed's)
     * @return per model its training result or the divergence that stopped it
     */
    public static List<MemberOutcome> trainTogether(List<CcRun> specs, float[] mixing, List<SimplifiedModel> models,
            Rng rng) {
        CcRun first = specs.get(0);
        for (CcRun spec : specs) {
            if (spec.inputMode() != first.inputMode() || spec.pTrain() != first.pTrain()
                    || spec.batch() != first.batch() || spec.steps() != first.steps()) {
                throw new IllegalArgumentException("runs trained in lock-step need the same inputs, p_train, batch "
                        + "and steps: " + first.canonical() + " vs " + spec.canonical());
            }
        }
        int n = models.get(0).nFeatures();
        List<BatchLoss> losses = StepSelection.simplifiedTogether(first.inputMode(), first.pTrain(), n,
                models.get(0).dMlp(), first.batch(), mixing, specs.size());
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        TrainingMember[] members = new TrainingMember[specs.size()];
        DivergedException[] diverged = new DivergedException[specs.size()];
        for (int i = 0; i < members.length; i++) {
            CcRun spec = specs.get(i);
            members[i] = new TrainingMember(spec, losses.get(i), models.get(i).wIn(), models.get(i).wOut(),
                    (float) spec.sigma(), spec.learnSigma(), spec.steps());
        }
        BatchSampler sampler = new BatchSampler(first.inputMode(), first.pTrain(), first.batch(), n, rng);
        for (int t = 0; t < first.steps(); t++) {
            SparseBatch batch = sampler.next();
            for (int i = 0; i < members.length; i++) {
                if (diverged[i] == null) {
                    try {
                        members[i].step(batch, t);
                    } catch (DivergedException e) {
                        diverged[i] = e;
                    }
                }
            }
        }
        List<MemberOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            outcomes.add(diverged[i] == null ? new MemberOutcome(members[i].result(), null)
                    : new MemberOutcome(null, diverged[i]));
        }
        return outcomes;
    }

    /** One model of {@link #trainTogether}: its result, or the divergence that stopped it (exactly one is null). */
    public record MemberOutcome(TrainingResult result, DivergedException diverged) {
    }

    private static TrainingResult loop(CcRun spec, BatchLoss lossGradient, int nFeatures, float[] wIn,
            float[] wOut, float sigma0, boolean learnSigma, int steps, Rng rng) {
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        BatchSampler sampler = new BatchSampler(spec.inputMode(), spec.pTrain(), spec.batch(), nFeatures, rng);
        TrainingMember member = new TrainingMember(spec, lossGradient, wIn, wOut, sigma0, learnSigma, steps);
        for (int t = 0; t < steps; t++) {
            member.step(sampler.next(), t);
        }
        return member.result();
    }
}
