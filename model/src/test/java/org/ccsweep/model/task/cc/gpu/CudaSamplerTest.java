package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a GPU (skipped without one): sample_batches draws, stream by stream and step by step, the very
 * batches of the CPU's BatchSampler on the same seed: sparse (p = 0.01: Lemire rejections and redraws
 * are rare), dense enough that most samples need BatchSampler's marking pass (p = 0.2), and exactly-one.
 */
class CudaSamplerTest {
    private static Optional<CudaDevice> device;

    @BeforeAll
    static void open() {
        device = CudaDevice.open(0);
    }

    @AfterAll
    static void close() {
        device.ifPresent(CudaDevice::close);
    }

    @ParameterizedTest
    @CsvSource({"BERNOULLI, 0.01, 2048, 300", "BERNOULLI, 0.2, 512, 60", "EXACTLY_ONE, 1.0, 2048, 100"})
    void deviceBatchesAreTheCpuSamplers(InputMode mode, double p, int batch, int steps) {
        assumeTrue(device.isPresent(), "no CUDA device");
        List<GpuMember> members = List.of(TestGroups.member(11, 0.02f, false, MixingKind.CLEAN, 1),
                TestGroups.member(12, 0.02f, false, MixingKind.CLEAN, 1));
        GpuGroup group = TestGroups.group(mode, p, batch, steps, members);
        GroupPlan plan = GroupPlan.of(group);
        BatchSampler[] cpu = {new BatchSampler(mode, p, batch, 100, MemberStreams.train(11)),
            new BatchSampler(mode, p, batch, 100, MemberStreams.train(12))};
        try (DeviceStreams streams = new DeviceStreams(device.get(), group, plan, LayoutCapacity.of(group))) {
            for (int t = 0; t < steps; t++) {
                streams.draw();
                for (int s = 0; s < 2; s++) {
                    SparseBatch expected = cpu[s].next();
                    DeviceStreams.DeviceBatch actual = streams.read(s);
                    for (int i = 0; i <= batch; i++) {
                        assertThat(actual.start()[i]).as("step %d stream %d sample %d", t, s, i)
                                .isEqualTo(expected.rowStart(i));
                    }
                    for (int e = 0; e < expected.nonZeros(); e++) {
                        assertThat(actual.feature()[e]).as("step %d stream %d entry %d", t, s, e)
                                .isEqualTo(expected.feature(e));
                        assertThat(actual.value()[e]).as("step %d stream %d entry %d", t, s, e)
                                .isEqualTo(expected.value(e));
                    }
                }
            }
            streams.checkCapacity();
        }
    }
}
