package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.run.Keys;
import org.junit.jupiter.api.Test;

/**
 * With the first layer frozen the read-off's problem is convex, and AdamW's read-off reaches the closed-form
 * (ridge) one's training objective within 2 % on the same metric inputs, for U-AND and U-XOR and for both
 * frozen layers. Measured (seed 0, 1500 steps at 1e-2): trained / ridge = 0.982-1.000 over the four cases; the ridge
 * fit's 20,000 inputs leave it a little overfitted, so the trained one may also be a little better, and the
 * lower bound (0.95) only says that both solve the same problem.
 */
class TrainedReadoffReachesRidgeTest {

    @Test
    void frozenGaussianLayer() {
        for (Operation op : Operation.values()) {
            check(op, FirstLayer.GAUSSIAN);
        }
    }

    @Test
    void frozenConstruction() {
        for (Operation op : Operation.values()) {
            check(op, FirstLayer.CONSTRUCTION);
        }
    }

    private static void check(Operation op, FirstLayer layer) {
        UandResult result = UandExecutor.execute(UandSpecs.run(UandSpecs.small().set(UandKeys.OPERATION, op)
                .set(UandKeys.FIRST_LAYER, layer).set(Keys.STEPS, 1500).set(Keys.LR, 1e-2)));
        ReadoffMetrics trained = result.metrics().get(0);
        ReadoffMetrics ridge = result.metrics().get(1);
        assertThat(trained.readoff()).isEqualTo("trained");
        assertThat(ridge.readoff()).isEqualTo("ridge");
        double ratio = trained.objective() / ridge.objective();
        assertThat(ratio).as(op + " " + layer + ": trained / ridge objective").isBetween(0.95, 1.02);
    }
}
