package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/** The sparse labels (through the active features' incident outputs) are the reference's dense labels. */
class LabelsTest {

    @Test
    void sparseLabelsAreTheDenseOnes() {
        for (Operation op : Operation.values()) {
            Structure s = Structure.draw(15, 40, 0, 0, new Rng(2));
            UandProblem problem = new UandProblem(s, 1, op, LossWeights.PLAIN);
            BooleanBatch batch = new BooleanBatch(15, 500);
            batch.draw(500, 0.3, new Rng(3));
            List<double[]> dense = Batches.dense(batch, 15);
            int[] positives = new int[40];
            boolean[] on = new boolean[15];
            int total = 0;
            for (int n = 0; n < 500; n++) {
                int count = Labels.positives(s.pairs(), op, batch.active(), batch.from(n), batch.to(n), on, positives);
                double[] fromSparse = new double[40];
                for (int k = 0; k < count; k++) {
                    assertThat(fromSparse[positives[k]]).as("listed once").isZero();
                    fromSparse[positives[k]] = 1.0;
                }
                double[] y = new double[40];
                problem.labels(null, dense.get(n), y);
                assertThat(fromSparse).as(op + " input " + n).containsExactly(y);
                assertThat(on).containsOnly(false);
                total += count;
            }
            assertThat(total).as("some labels are 1").isGreaterThan(100);
        }
    }

    @Test
    void operations() {
        assertThat(Operation.AND.label(true, true)).isTrue();
        assertThat(Operation.AND.label(true, false)).isFalse();
        assertThat(Operation.XOR.label(true, false)).isTrue();
        assertThat(Operation.XOR.label(true, true)).isFalse();
        assertThat(Operation.AND.positiveRate(0.1)).isEqualTo(0.1 * 0.1);
        assertThat(Operation.XOR.positiveRate(0.1)).isEqualTo(2 * 0.1 * 0.9);
    }
}
