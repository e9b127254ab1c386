package org.ccsweep.model.task.cc.train;

import java.lang.management.ManagementFactory;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.train.AdamW;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A timing harness, not a test: CPU ms per training step (batch + loss/gradient + AdamW) of the sparse
 * and the dense step at each given p, and their heap bytes per step, the two alternating in rounds so that a shared machine's load
 * hits both alike; prints one line per round and p, and the load average. Run with OMP_NUM_THREADS=1:
 * {@code java -cp model/target/classes:model/target/test-classes:<deps> org.ccsweep.model.task.cc.train.CrossoverTiming steps rounds p...}.
 */
public final class CrossoverTiming {
    private static final int N = 100;
    private static final int D = 50;
    private static final int BATCH = 2048;

    private CrossoverTiming() {
    }

    public static void main(String[] args) {
        int steps = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, N, 0, null, new Rng(1));
        System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int a = 2; a < args.length; a++) {
            double p = Double.parseDouble(args[a]);
            BatchLoss sparse = new SparseLossGradient(N, D, BATCH, mixing);
            BatchLoss dense = new DenseLossGradient(N, D, BATCH, mixing);
            for (int round = 0; round < rounds; round++) {
                String sparseTime = cpuMsPerStep(sparse, p, steps);
                String denseTime = cpuMsPerStep(dense, p, steps);
                System.out.printf("p=%s round %d: sparse %s, dense %s%n", p, round, sparseTime, denseTime);
            }
        }
        System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** "ms CPU ms/step (bytes B/step)" of {@code steps} training steps. */
    private static String cpuMsPerStep(BatchLoss step, double p, int steps) {
        SimplifiedModel model = SimplifiedModel.init(N, D, new Rng(2));
        BatchSampler sampler = new BatchSampler(InputMode.BERNOULLI, p, BATCH, N, new Rng(3));
        AdamW wInOpt = new AdamW(N * D, 0.9, 0.999, 1e-8, 1e-2);
        AdamW wOutOpt = new AdamW(D * N, 0.9, 0.999, 1e-8, 1e-2);
        float[] gIn = new float[N * D];
        float[] gOut = new float[D * N];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(thread);
        long start = threads.getCurrentThreadCpuTime();
        for (int t = 0; t < steps; t++) {
            SparseBatch x = sampler.next();
            step.compute(x, model.wIn(), model.wOut(), 0.02f, gIn, gOut);
            wInOpt.step(model.wIn(), gIn, 3e-3);
            wOutOpt.step(model.wOut(), gOut, 3e-3);
        }
        double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / steps;
        return String.format("%.3f CPU ms/step (%d B/step)", ms, (threads.getThreadAllocatedBytes(thread) - bytes) / steps);
    }
}
