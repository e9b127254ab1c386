package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The device buffers hold every batch: 5,000 sampled batches per setting stay below the entry capacity
 * (ten standard deviations above the mean), and exactly-one and p = 1 batches fill theirs exactly.
 */
class LayoutCapacityTest {
    @ParameterizedTest
    @CsvSource({"BERNOULLI, 0.01, 2048", "BERNOULLI, 0.001, 2048", "BERNOULLI, 0.3, 256", "BERNOULLI, 1.0, 64",
        "EXACTLY_ONE, 1.0, 2048"})
    void everySampledBatchFits(InputMode mode, double p, int batch) {
        LayoutCapacity capacity = LayoutCapacity.of(TestGroups.group(mode, p, batch, 1,
                List.of(TestGroups.member(1, 0.02f, false, MixingKind.CLEAN, 1))));
        BatchSampler sampler = new BatchSampler(mode, p, batch, 100, new Rng(8));
        int most = 0;
        for (int i = 0; i < 5_000; i++) {
            SparseBatch x = sampler.next();
            most = Math.max(most, x.nonZeros());
        }
        assertThat(capacity.entries()).isGreaterThanOrEqualTo(most).isLessThanOrEqualTo(batch * 100);
        if (mode == InputMode.EXACTLY_ONE || p == 1.0) {
            assertThat(capacity.entries()).isEqualTo(most);
        }
        assertThat(capacity.rowEntries()).isEqualTo(capacity.entries() + 200);
        assertThat(capacity.tiles() * KernelShape.TILE_ROWS).isGreaterThanOrEqualTo(capacity.rows());
    }
}
