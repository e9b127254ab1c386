package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcResult;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.RunExecutor;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The GPU path's algorithm, trained by {@link ReferenceTrainer} as one group, gives each run the L/p of
 * the CPU backend ({@link RunExecutor}) within seed noise: the paper's recipe at 600 steps (batch 2048,
 * p = 0.01), four asymmetric runs at σ = 0.02 and a symmetric one learning σ from 0.01, each evaluated
 * by the CPU evaluator on the run's own eval stream.
 *
 * <p>Tolerance. Over seeds 1-6 at this setting the CPU backend's L/p spreads with a standard deviation of
 * 2.2e-4 (0.08166-0.08233, measured). The two trainers start from the same weights and draw the same
 * batches, so they differ only in the order their float sums round: measured |Δ L/p| ≤ 8.3e-8 here.
 * The test allows a tenth of the seed spread, 2.2e-5: inside seed noise, and outside what a wrong term
 * costs (the group rows with weight 1 instead of Σ v² move seed 1's L/p by 1.6e-4, measured).
 */
class ReferenceAgreementTest {
    private static final int STEPS = 600;
    private static final double TOLERANCE = 2.2e-5;

    @Test
    void lossPerFeatureIsTheCpuBackendsWithinSeedNoise() {
        List<CcRun> specs = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            specs.add(spec(MixingKind.ASYMMETRIC, 0.02, false, seed));
        }
        specs.add(spec(MixingKind.SYMMETRIC, 0.01, true, 5));
        List<GpuMember> members = new ArrayList<>();
        for (CcRun spec : specs) {
            members.add(new GpuMember(spec.seed(), (float) spec.sigma(), spec.learnSigma(), mixing(spec)));
        }
        CcRun first = specs.get(0);
        GpuGroup group = new GpuGroup(first.nFeatures(), first.dMlp(), first.batch(), first.steps(), first.lr(),
                first.schedule(), first.beta1(), first.beta2(), first.eps(), first.weightDecay(), first.inputMode(), first.pTrain(),
                first.curvePoints(), members);

        List<TrainedMember> reference = ReferenceTrainer.train(group);
        for (int i = 0; i < specs.size(); i++) {
            CcRun spec = specs.get(i);
            CcResult cpu = RunExecutor.execute(spec);
            TrainedMember trained = reference.get(i);
            assertThat(lossPerFeature(spec, trained)).as("seed " + spec.seed())
                    .isCloseTo(cpu.profile().lossPerFeature()[0], within(TOLERANCE));
            // Rounding only, as for L/p: measured |Δ s| = 0 at a fixed σ and 5.4e-8 for the learnt one (s = −0.0078),
            // |Δ final train loss| ≤ 2.2e-6 relative; the bounds allow about 200 and 45 times that, as the CPU backend's
            // sgemm rounds differently on another machine's OpenBLAS kernel (OPENBLAS_CORETYPE) and training amplifies it.
            assertThat((double) trained.training().sigma()).isCloseTo(cpu.finalSigma(), within(1e-5));
            assertThat(trained.training().finalLoss()).isCloseTo(cpu.finalTrainLoss(), within(1e-4 * cpu.finalTrainLoss()));
        }
    }

    private static CcRun spec(MixingKind mixing, double sigma, boolean learnSigma, long seed) {
        return CcSpecs.run(CcSpecs.paper(seed, seed).set(CcKeys.MIXING, mixing).set(CcKeys.SIGMA, sigma)
                .set(CcKeys.LEARN_SIGMA, learnSigma).set(Keys.STEPS, STEPS).set(Keys.EVAL_PILOT_PER_K, 2000)
                .set(Keys.EVAL_MAX_SAMPLES, 2_000_000L).set(Keys.CURVE_POINTS, 10));
    }

    private static float[] mixing(CcRun spec) {
        return MixingMatrix.build(spec.mixing(), spec.nFeatures(), spec.dEmbed(), spec.lowRank(), spec.streams().mixing());
    }

    private static double lossPerFeature(CcRun spec, TrainedMember trained) {
        float[] mixing = mixing(spec);
        float sigmaAbs = Math.abs(trained.training().sigma());
        float[] scaled = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            scaled[i] = sigmaAbs * mixing[i];
        }
        return LossEvaluator.profile(spec.nFeatures(), spec.dMlp(), trained.wIn(), trained.wOut(), scaled,
                spec.evalP(), spec.evalPrecision(), spec.streams().eval()).lossPerFeature()[0];
    }
}
