package org.ccsweep.model.task.uand;

import java.util.ArrayList;
import java.util.List;

/** Turns the sparse inputs of a {@link BooleanBatch} into the dense vectors the reference reads. */
final class Batches {
    private Batches() {
    }

    static List<double[]> dense(BooleanBatch batch, int features) {
        List<double[]> xs = new ArrayList<>();
        for (int s = 0; s < batch.size(); s++) {
            double[] x = new double[features];
            for (int a = batch.from(s); a < batch.to(s); a++) {
                x[batch.active()[a]] = 1.0;
            }
            xs.add(x);
        }
        return xs;
    }
}
