package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.ccsweep.model.task.cc.gpu.ReferenceTrainer;
import org.ccsweep.model.task.cc.gpu.TrainedMember;
import org.ccsweep.model.train.DivergedException;
import org.junit.jupiter.api.Test;

/**
 * The group path on its CPU reference device, run for run: each result is what the reference trainer
 * gives the run alone, evaluated by hand with the CPU evaluator on the run's eval stream; it agrees with the
 * CPU backend within float rounding; a diverging run fails alone; the threads change no bit.
 */
class CcGroupDeviceTest {
    private static final CcTask TASK = new CcTask();

    private static final List<RunSpec> RUNS = List.of(
            run(1, MixingKind.ASYMMETRIC, 0.02, false).build(),
            run(1, MixingKind.ASYMMETRIC, 0.04, false).build(),
            run(2, MixingKind.SYMMETRIC, 0.01, true).build(),
            run(3, MixingKind.CLEAN, 0.0, false).build(),
            run(2, MixingKind.ASYMMETRIC, 1e30, false).build(),
            run(4, MixingKind.ASYMMETRIC, 0.02, false).set(CcKeys.ANALYSIS, true).build());

    @Test
    void eachRunGetsTheReferenceAloneAndTheCpuEvaluator() {
        List<Outcome> outcomes = execute(RUNS, 3);
        for (int i = 0; i < RUNS.size(); i++) {
            CcRun run = CcRun.of(RUNS.get(i));
            TrainedMember alone = ReferenceTrainer.train(alone(run)).get(0);
            Outcome outcome = outcomes.get(i);
            assertThat(outcome.spec()).isEqualTo(run.spec());
            if (alone.diverged() != null) {
                assertThat(outcome.failure()).isInstanceOf(DivergedException.class);
                continue;
            }
            RunResult result = outcome.result();
            assertThat(result.output().columns().get("final_sigma")).isEqualTo((double) alone.training().sigma());
            assertThat(result.curveLoss()).containsExactly(alone.training().curveLoss());
            assertThat(weights(result).get("w_in")).isEqualTo(alone.wIn());
            assertThat(result.profile().lossPerFeature()).as("run " + i)
                    .containsExactly(profile(run, alone));
        }
        assertThat(outcomes.get(5).result().output().rows()).containsKey("analyses");
        assertThat(outcomes.get(0).result().output().rows()).doesNotContainKey("analyses");
    }

    @Test
    void agreesWithTheCpuBackendWithinFloatRounding() {
        List<Outcome> outcomes = execute(RUNS, 2);
        for (int i = 0; i < RUNS.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                assertThatThrownBy(() -> TASK.execute(outcome.spec())).isInstanceOf(DivergedException.class);
                continue;
            }
            RunResult cpu = TASK.execute(outcome.spec());
            // Same batches and weights, sums rounded in another order: measured |Δ L/p| ≤ 1.1e-10 (L/p 0.16-0.20)
            // and |Δ s| ≤ 1.2e-10 (0 at a fixed σ) over these runs; 1e-8 is about 100 times that, room for another
            // machine's OpenBLAS kernel (OPENBLAS_CORETYPE) rounding the CPU backend's sgemm differently.
            assertThat(outcome.result().lossPerFeatureAtPTrain()).as("run " + i)
                    .isCloseTo(cpu.lossPerFeatureAtPTrain(), within(1e-8));
            assertThat((double) outcome.result().output().columns().get("final_sigma"))
                    .isCloseTo((double) cpu.output().columns().get("final_sigma"), within(1e-8));
        }
    }

    @Test
    void threadsChangeNoBit() {
        List<Outcome> one = execute(RUNS, 1);
        List<Outcome> four = execute(RUNS, 4);
        for (int i = 0; i < RUNS.size(); i++) {
            if (one.get(i).result() == null) {
                assertThat(four.get(i).failure()).isNotNull();
                continue;
            }
            assertThat(four.get(i).result().profile().lossPerFeature())
                    .containsExactly(one.get(i).result().profile().lossPerFeature());
            assertThat(four.get(i).result().profile().stderr()).containsExactly(one.get(i).result().profile().stderr());
        }
    }

    @Test
    void theReferenceRecordsItsBackendAndRefusesRunsOfTwoGroups() {
        try (GroupDevice device = TASK.openGroupDevice(DeviceChoice.reference())) {
            assertThat(device.backend()).isEqualTo("cuda-reference");
            assertThatThrownBy(() -> device.execute(List.of(RUNS.get(0), run(1, MixingKind.ASYMMETRIC, 0.02, false)
                    .set(Keys.STEPS, 31).build()), 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<Outcome> execute(List<RunSpec> runs, int threads) {
        try (GroupDevice device = TASK.openGroupDevice(DeviceChoice.reference())) {
            return device.execute(runs, threads);
        }
    }

    private static RunSpec.Builder run(long seed, MixingKind mixing, double sigma, boolean learnSigma) {
        return CcSpecs.paper(seed, seed).set(CcKeys.MIXING, mixing).set(CcKeys.SIGMA, sigma)
                .set(CcKeys.LEARN_SIGMA, learnSigma).set(Keys.STEPS, 30).set(Keys.BATCH, 256)
                .set(Keys.EVAL_P, new double[] {0.01, 0.1}).set(Keys.EVAL_TARGET_REL_SE, 0.01)
                .set(Keys.EVAL_MAX_SAMPLES, 20_000L).set(Keys.CURVE_POINTS, 10);
    }

    /** The run as a group of one, written out from its keys. */
    private static GpuGroup alone(CcRun run) {
        float[] mixing = MixingMatrix.build(run.mixing(), 100, run.dEmbed(), null, run.streams().mixing());
        return new GpuGroup(100, 50, run.batch(), run.steps(), run.lr(), run.schedule(), run.beta1(), run.beta2(),
                run.eps(), run.weightDecay(), run.inputMode(), run.pTrain(), run.curvePoints(),
                List.of(new GpuMember(run.seed(), (float) run.sigma(), run.learnSigma(), mixing)));
    }

    private static double[] profile(CcRun run, TrainedMember trained) {
        float[] mixing = MixingMatrix.build(run.mixing(), 100, run.dEmbed(), null, run.streams().mixing());
        float sigmaAbs = Math.abs(trained.training().sigma());
        float[] scaled = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            scaled[i] = sigmaAbs * mixing[i];
        }
        return LossEvaluator.profile(100, 50, trained.wIn(), trained.wOut(), scaled, run.evalP(), run.evalPrecision(),
                run.streams().eval()).lossPerFeature();
    }

    private static Map<String, Object> weights(RunResult result) {
        return result.output().rows().get("weights").get(0);
    }
}
