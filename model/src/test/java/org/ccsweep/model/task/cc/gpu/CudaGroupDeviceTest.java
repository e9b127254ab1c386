package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.CcTask;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;

/**
 * On a GPU (skipped without one): the sweep's group path on the CUDA device gives every run the results
 * it gets on the reference device, bit for bit (curve, final s, weights, loss profile), a diverging run
 * fails alone, and the runs record the device's name.
 */
class CudaGroupDeviceTest {

    @Test
    void runsGetTheReferenceDevicesResults() {
        assumeTrue(CudaDevice.open(0).map(device -> {
            device.close();
            return true;
        }).orElse(false), "no CUDA device");
        CcTask task = new CcTask();
        List<RunSpec> runs = List.of(run(1, MixingKind.ASYMMETRIC, 0.02, false), run(1, MixingKind.SYMMETRIC, 0.04, false),
                run(2, MixingKind.SYMMETRIC, 0.01, true), run(3, MixingKind.CLEAN, 0.0, false),
                run(2, MixingKind.ASYMMETRIC, 1e30, false));
        List<Outcome> gpu;
        String backend;
        try (GroupDevice device = task.openGroupDevice(DeviceChoice.cuda(0))) {
            backend = device.backend();
            gpu = device.execute(runs, 4);
        }
        List<Outcome> reference;
        try (GroupDevice device = task.openGroupDevice(DeviceChoice.reference())) {
            reference = device.execute(runs, 4);
        }
        assertThat(backend).startsWith("cuda:").hasSizeGreaterThan("cuda:".length());
        for (int i = 0; i < runs.size(); i++) {
            if (reference.get(i).failure() != null) {
                assertThat(gpu.get(i).failure()).as("run " + i).isNotNull();
                continue;
            }
            RunResult expected = reference.get(i).result();
            RunResult actual = gpu.get(i).result();
            assertThat(actual.curveLoss()).as("run " + i + ": curve").containsExactly(expected.curveLoss());
            assertThat(actual.output().columns().get("final_sigma")).as("run " + i + ": s")
                    .isEqualTo(expected.output().columns().get("final_sigma"));
            assertThat((float[]) actual.output().rows().get("weights").get(0).get("w_out")).as("run " + i + ": W_out")
                    .containsExactly((float[]) expected.output().rows().get("weights").get(0).get("w_out"));
            assertThat(actual.profile().lossPerFeature()).as("run " + i + ": profile")
                    .containsExactly(expected.profile().lossPerFeature());
        }
        assertThat(gpu.get(4).failure()).isNotNull();
    }

    private static RunSpec run(long seed, MixingKind mixing, double sigma, boolean learnSigma) {
        return CcSpecs.paper(seed, seed).set(CcKeys.MIXING, mixing).set(CcKeys.SIGMA, sigma)
                .set(CcKeys.LEARN_SIGMA, learnSigma).set(Keys.STEPS, 120).set(Keys.EVAL_P, new double[] {0.01, 0.1})
                .set(Keys.EVAL_TARGET_REL_SE, 0.01).set(Keys.EVAL_MAX_SAMPLES, 50_000L).set(Keys.CURVE_POINTS, 10).build();
    }
}
