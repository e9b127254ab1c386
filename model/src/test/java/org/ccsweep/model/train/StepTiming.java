package org.ccsweep.model.train;

import org.ccsweep.model.data.BatchSampler;
import org.ccsweep.model.data.InputMode;
import org.ccsweep.model.data.MixingKind;
import org.ccsweep.model.data.MixingMatrix;
import org.ccsweep.model.data.SparseBatch;
import org.ccsweep.model.net.SimplifiedModel;
import org.ccsweep.model.run.Rng;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A timing harness, not a test: ms per training step (batch + loss/gradient + AdamW) of the paper's
 * shapes. Run with OMP_NUM_THREADS=1:
 * {@code java -cp model/target/classes:model/target/test-classes:<deps> org.ccsweep.model.train.StepTiming p batch steps}.
 */
public final class StepTiming {
    private StepTiming() {
    }

    public static void main(String[] args) {
        double p = Double.parseDouble(args[0]);
        int batch = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        int n = 100;
        int d = 50;
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        SimplifiedModel model = SimplifiedModel.init(n, d, new Rng(2));
        BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, p, batch, n, new Rng(3));
        SparseLossGradient step = new SparseLossGradient(n, d, batch, mixing);
        AdamW wInOpt = new AdamW(n * d, 0.9, 0.999, 1e-8, 1e-2);
        AdamW wOutOpt = new AdamW(n * d, 0.9, 0.999, 1e-8, 1e-2);
        float[] gIn = new float[n * d];
        float[] gOut = new float[n * d];
        for (int round = 0; round < 3; round++) {
            long sampling = 0;
            long start = System.nanoTime();
            double loss = 0;
            for (int t = 0; t < steps; t++) {
                long s0 = System.nanoTime();
                SparseBatch x = sampler.next();
                sampling += System.nanoTime() - s0;
                loss = step.compute(x, model.wIn(), model.wOut(), 0.02f, gIn, gOut);
                wInOpt.step(model.wIn(), gIn, 3e-3);
                wOutOpt.step(model.wOut(), gOut, 3e-3);
            }
            double total = (System.nanoTime() - start) / 1e6 / steps;
            System.out.printf("p=%s batch=%d: %.3f ms/step (sampling %.3f ms), last loss %.5f%n", p, batch, total,
                    sampling / 1e6 / steps, loss);
        }
    }
}
