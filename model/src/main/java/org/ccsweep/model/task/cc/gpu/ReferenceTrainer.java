package org.ccsweep.model.task.cc.gpu;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.task.cc.train.TrainingResult;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.DivergedException;
import org.ccsweep.model.train.TrainingCurve;

/**
 * {@link CudaGroupTrainer}'s algorithm on the CPU, one step at a time for the whole group: each stream's
 * batch from the CPU's own {@link BatchSampler} (which sample_batches reproduces bit for bit), its
 * {@link ReferenceLayout}, the label moments of each (stream, M) pair, then every member's
 * {@link ReferenceStep}, {@link AdamW} on W_in, W_out and s, and its {@link TrainingCurve}, as
 * {@link org.ccsweep.model.task.cc.train.Trainer} runs them. A member whose loss is not finite stops
 * there, the others go on. The same group gives the GPU's bits (GPU tests compare them), so this is
 * what the CPU tests check the GPU path's algorithm on: it is slow (a dense Java step, ~1 ms per model
 * and step) and meant for tests and the GPU check, not for sweeps.
 */
public final class ReferenceTrainer {
    private ReferenceTrainer() {
    }

    /** Trains every member of the group; the result i is member i's. */
    public static List<TrainedMember> train(GpuGroup group) {
        GroupPlan plan = GroupPlan.of(group);
        BatchSampler[] samplers = new BatchSampler[plan.streams()];
        for (int s = 0; s < samplers.length; s++) {
            samplers[s] = new BatchSampler(group.inputMode(), group.pTrain(), group.batch(), group.nFeatures(),
                    MemberStreams.train(plan.streamSeed[s]));
        }
        List<double[]> mixingGrams = new ArrayList<>();
        for (float[] mixing : plan.mixings) {
            mixingGrams.add(MixingGram.of(mixing, group.nFeatures()));
        }
        Member[] members = new Member[plan.members()];
        for (int i = 0; i < members.length; i++) {
            members[i] = new Member(group, group.members().get(i));
        }
        ReferenceStep step = new ReferenceStep();
        ReferenceLayout[] layouts = new ReferenceLayout[plan.streams()];
        double[][] labelMoments = new double[plan.pairs()][];
        for (int t = 0; t < group.steps(); t++) {
            for (int s = 0; s < layouts.length; s++) {
                layouts[s] = ReferenceLayout.of(samplers[s].next());
            }
            for (int p = 0; p < labelMoments.length; p++) {
                labelMoments[p] = ReferenceStep.labelMoments(layouts[plan.pairStream[p]],
                        plan.mixings.get(plan.pairMixing[p]), mixingGrams.get(plan.pairMixing[p]));
            }
            double lr = group.schedule().lr(group.lr(), t, group.steps());
            for (int i = 0; i < members.length; i++) {
                if (members[i].diverged == null) {
                    members[i].step(step, layouts[plan.memberStream[i]], plan.mixings.get(plan.memberMixing[i]),
                            labelMoments[plan.memberPair[i]], group.batch(), t, lr);
                }
            }
        }
        List<TrainedMember> trained = new ArrayList<>();
        for (Member member : members) {
            trained.add(member.result());
        }
        return trained;
    }

    /** One member's weights, optimisers and curve: TrainingMember's side of the loop. */
    private static final class Member {
        private final SimplifiedModel model;
        private final boolean learnSigma;
        private final float[] sigma;
        private final float[] gradSigma = new float[1];
        private final AdamW wInOptimiser;
        private final AdamW wOutOptimiser;
        private final AdamW sigmaOptimiser;
        private final TrainingCurve curve;
        private DivergedException diverged;

        Member(GpuGroup group, GpuMember member) {
            this.model = MemberStreams.init(group, member.seed());
            this.learnSigma = member.learnSigma();
            this.sigma = new float[] {member.sigma()};
            int size = group.nFeatures() * group.dMlp();
            this.wInOptimiser = new AdamW(size, group.beta1(), group.beta2(), group.eps(), group.weightDecay());
            this.wOutOptimiser = new AdamW(size, group.beta1(), group.beta2(), group.eps(), group.weightDecay());
            this.sigmaOptimiser = new AdamW(1, group.beta1(), group.beta2(), group.eps(), group.weightDecay());
            this.curve = new TrainingCurve(group.steps(), group.curvePoints());
        }

        void step(ReferenceStep step, ReferenceLayout layout, float[] mixing, double[] labelMoments, int batch, int t,
                double lr) {
            double loss = step.compute(layout, model.wIn(), model.wOut(), sigma[0], mixing, labelMoments, batch);
            if (!Double.isFinite(loss)) {
                diverged = new DivergedException(t + 1, loss);
                return;
            }
            curve.add(loss);
            wInOptimiser.step(model.wIn(), step.gradWIn, lr);
            wOutOptimiser.step(model.wOut(), step.gradWOut, lr);
            if (learnSigma) {
                gradSigma[0] = (float) step.gradSigma;
                sigmaOptimiser.step(sigma, gradSigma, lr);
            }
        }

        TrainedMember result() {
            if (diverged != null) {
                return TrainedMember.diverged(diverged);
            }
            return TrainedMember.trained(model.wIn(), model.wOut(),
                    new TrainingResult(sigma[0], curve.steps(), curve.loss(), curve.finalLoss()));
        }
    }
}
