package org.ccsweep.model.task.cc.train;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * A timing harness, not a test: µs per batch of drawing it ({@link BatchSampler#next}) and of
 * analysing it ({@link BatchLayout#analyse}: the rows by k, their packed entries, the group weights and
 * the label moments), for the paper's shapes at p, four rounds of {@code batches} batches (the first
 * includes the JIT). Run with {@code java --add-modules jdk.incubator.vector -cp
 * model/target/classes:model/target/test-classes:<deps> org.ccsweep.model.task.cc.train.LayoutTiming p batches}.
 */
public final class LayoutTiming {
    private LayoutTiming() {
    }

    public static void main(String[] args) {
        double p = Double.parseDouble(args[0]);
        int batches = Integer.parseInt(args[1]);
        int n = 100;
        int batchSize = 2048;
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, p, batchSize, n, new Rng(3));
        BatchLayout layout = new BatchLayout(n, batchSize, mixing, false);
        for (int round = 0; round < 4; round++) {
            long sampling = 0;
            long analysing = 0;
            long rows = 0;
            for (int b = 0; b < batches; b++) {
                long start = System.nanoTime();
                SparseBatch x = sampler.next();
                long drawn = System.nanoTime();
                layout.analyse(x);
                analysing += System.nanoTime() - drawn;
                sampling += drawn - start;
                rows += layout.rows;
            }
            System.out.printf("p=%s: sample %.2f us, analyse %.2f us per batch, %.1f rows%n", p,
                    sampling / 1e3 / batches, analysing / 1e3 / batches, (double) rows / batches);
        }
    }
}
