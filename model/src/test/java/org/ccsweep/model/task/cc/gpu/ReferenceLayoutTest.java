package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.junit.jupiter.api.Test;

/**
 * The layout's rows: every sample with k ≥ 2 in sample order with its entries, then one row per
 * non-empty group (j, sign of v) of the k = 1 samples, in group order, with weight Σ v².
 */
class ReferenceLayoutTest {
    @Test
    void rowsAreTheMultiSamplesThenTheGroups() {
        SparseBatch x = new BatchSampler(InputMode.BERNOULLI, 0.02, 512, 100, new Rng(21)).next();
        ReferenceLayout layout = ReferenceLayout.of(x);

        int r = 0;
        double[] groupWeight = new double[200];
        for (int i = 0; i < x.batch(); i++) {
            int from = x.rowStart(i);
            int k = x.rowStart(i + 1) - from;
            if (k == 1) {
                float v = x.value(from);
                groupWeight[v > 0f ? x.feature(from) : 100 + x.feature(from)] += (double) v * v;
            } else if (k >= 2) {
                assertThat(layout.rowStart[r + 1] - layout.rowStart[r]).isEqualTo(k);
                for (int e = 0; e < k; e++) {
                    assertThat(layout.feature[layout.rowStart[r] + e]).isEqualTo(x.feature(from + e));
                    assertThat(layout.value[layout.rowStart[r] + e]).isEqualTo(x.value(from + e));
                }
                assertThat(layout.weight[r]).isEqualTo(1f);
                r++;
            }
        }
        assertThat(layout.multi).isEqualTo(r);
        for (int g = 0; g < 200; g++) {
            if (groupWeight[g] > 0.0) {
                int e = layout.rowStart[r];
                assertThat(layout.rowStart[r + 1] - e).isEqualTo(1);
                assertThat(layout.feature[e]).isEqualTo(g % 100);
                assertThat(layout.value[e]).isEqualTo(g < 100 ? 1f : -1f);
                assertThat((double) layout.weight[r]).isCloseTo(groupWeight[g], within(1e-6 * groupWeight[g]));
                r++;
            }
        }
        assertThat(layout.rows).isEqualTo(r).isGreaterThan(layout.multi);
    }
}
