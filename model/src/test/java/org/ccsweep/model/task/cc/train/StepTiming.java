package org.ccsweep.model.task.cc.train;

import java.lang.management.ManagementFactory;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.BatchSampler;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.data.SparseBatch;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.train.AdamW;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A timing harness, not a test: ms per training step (batch + loss/gradient + AdamW) of the paper's
 * shapes, as wall time and as this thread's CPU time (which a machine shared with other jobs
 * inflates less). p = 0 means exactly-one inputs; a fourth argument {@code residual} times the
 * residual model's step (dEmbed = 1000) instead. Run with OMP_NUM_THREADS=1:
 * {@code java -cp model/target/classes:model/target/test-classes:<deps> org.ccsweep.model.task.cc.train.StepTiming p batch steps [residual]},
 * and with OPENBLAS_CORETYPE from {@code submit/openblas-coretype}. {@code bench/step-profile} runs it
 * under perf and sums the time by phase of the step.
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
        boolean residual = args.length > 3 && args[3].equals("residual");
        float[] mixing = MixingMatrix.build(MixingKind.ASYMMETRIC, n, 0, null, new Rng(1));
        SimplifiedModel simplified = SimplifiedModel.init(n, d, new Rng(2));
        ResidualModel residualModel = ResidualModel.init(n, d, 1000, new Rng(1), new Rng(2));
        float[] wIn = residual ? residualModel.wIn() : simplified.wIn();
        float[] wOut = residual ? residualModel.wOut() : simplified.wOut();
        BatchLoss step = residual ? new ResidualLossGradient(residualModel, batch)
                : new SparseLossGradient(n, d, batch, mixing);
        float sigma = residual ? 1f : 0.02f;
        BatchSampler sampler = new BatchSampler(p == 0 ? InputMode.EXACTLY_ONE : InputMode.BERNOULLI, p, batch, n,
                new Rng(3));
        AdamW wInOpt = new AdamW(wIn.length, 0.9, 0.999, 1e-8, 1e-2);
        AdamW wOutOpt = new AdamW(wOut.length, 0.9, 0.999, 1e-8, 1e-2);
        float[] gIn = new float[wIn.length];
        float[] gOut = new float[wOut.length];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int round = 0; round < 3; round++) {
            long sampling = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long bytesStart = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            double loss = 0;
            for (int t = 0; t < steps; t++) {
                long s0 = System.nanoTime();
                SparseBatch x = sampler.next();
                sampling += System.nanoTime() - s0;
                loss = step.compute(x, wIn, wOut, sigma, gIn, gOut);
                wInOpt.step(wIn, gIn, 3e-3);
                wOutOpt.step(wOut, gOut, 3e-3);
            }
            double total = (System.nanoTime() - start) / 1e6 / steps;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / steps;
            long bytes = (threads.getThreadAllocatedBytes(thread) - bytesStart) / steps;
            System.out.printf("%s p=%s batch=%d: %.3f ms/step wall, %.3f ms/step CPU (sampling %.3f ms wall), "
                    + "%d heap bytes/step, last loss %.5f%n", residual ? "residual" : "simplified", p, batch, total, cpu,
                    sampling / 1e6 / steps, bytes, loss);
        }
    }
}
