package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a GPU (skipped without one): the CUDA trainer gives every member the reference's bits (weights, s,
 * curve, divergence), and the same bits again on a second run.
 */
class CudaTrainerTest {
    private static Optional<CudaDevice> device;

    @BeforeAll
    static void open() {
        device = CudaDevice.open(0);
    }

    @AfterAll
    static void close() {
        device.ifPresent(CudaDevice::close);
    }

    @Test
    void membersGetTheReferencesBitsTwice() {
        assumeTrue(device.isPresent(), "no CUDA device");
        GpuGroup group = TestGroups.group(InputMode.BERNOULLI, 0.01, 2048, 120, List.of(
                TestGroups.member(1, 0.02f, false, MixingKind.ASYMMETRIC, 1),
                TestGroups.member(1, 0.04f, false, MixingKind.ASYMMETRIC, 1),
                TestGroups.member(2, 0.01f, true, MixingKind.SYMMETRIC, 2),
                TestGroups.member(3, 0.0f, false, MixingKind.CLEAN, 3),
                TestGroups.member(2, 1e30f, false, MixingKind.ASYMMETRIC, 1)));
        CudaGroupTrainer trainer = new CudaGroupTrainer(device.get());
        List<TrainedMember> gpu = trainer.train(group);
        List<TrainedMember> again = trainer.train(group);
        List<TrainedMember> reference = ReferenceTrainer.train(group);

        for (int i = 0; i < reference.size(); i++) {
            assertSameBits(gpu.get(i), reference.get(i), "member " + i + " against the reference");
            assertSameBits(again.get(i), gpu.get(i), "member " + i + " on a second run");
        }
        assertThat(gpu.get(4).diverged()).isNotNull();
    }

    private static void assertSameBits(TrainedMember actual, TrainedMember expected, String what) {
        if (expected.diverged() != null) {
            assertThat(actual.diverged()).as(what).isNotNull();
            assertThat(actual.diverged().step()).as(what).isEqualTo(expected.diverged().step());
            return;
        }
        assertThat(actual.wIn()).as(what + ": W_in").containsExactly(expected.wIn());
        assertThat(actual.wOut()).as(what + ": W_out").containsExactly(expected.wOut());
        assertThat(actual.training().sigma()).as(what + ": s").isEqualTo(expected.training().sigma());
        assertThat(actual.training().curveSteps()).as(what).containsExactly(expected.training().curveSteps());
        assertThat(actual.training().curveLoss()).as(what + ": curve").containsExactly(expected.training().curveLoss());
    }
}
