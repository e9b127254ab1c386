package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntConsumer;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The training step allocates nothing (README, "The science, and where it is in the code"): the sparse step (p = 0.01,
 * fixed and learnt σ), the dense one (p = 0.3), exactly-one inputs, and a lock-step group of two. A training's
 * buffers, model and curve are allocated once, so two trainings of 200 and 2,200 steps allocate the same bytes but for
 * what the 2,000 extra steps allocate. One object a step (16 bytes or more) would make that ≥ 32,000 bytes; measured
 * 0 here, and 168 once (a one-off, not per step), on the calling thread (ThreadMXBean), after two rounds of JIT warm-up.
 */
class StepAllocationTest {
    private static final int SHORT = 200;
    private static final int LONG = 2_200;
    private static final long ALLOWED = 2_000;

    @ParameterizedTest(name = "{0} at p = {1}, learnt σ {2}, {3} model(s)")
    @CsvSource({"BERNOULLI, 0.01, false, 1", "BERNOULLI, 0.01, true, 1", "BERNOULLI, 0.3, false, 1",
            "EXACTLY_ONE, 1.0, false, 1", "BERNOULLI, 0.01, false, 2"})
    void extraStepsAllocateNothing(InputMode mode, double p, boolean learn, int models) {
        CcRun first = run(mode, p, learn, SHORT);
        float[] mixing = MixingMatrix.build(first.mixing(), 100, 1000, null, first.streams().mixing());
        IntConsumer training = steps -> {
            CcRun run = run(mode, p, learn, steps);
            if (models == 1) {
                Trainer.train(run, mixing, 0.02f, learn, steps, SimplifiedModel.init(100, 50, run.streams().init()),
                        run.streams().train());
            } else {
                Trainer.trainTogether(List.of(run, run), mixing, List.of(SimplifiedModel.init(100, 50, run.streams().init()),
                        SimplifiedModel.init(100, 50, run.streams().init())), run.streams().train());
            }
        };
        long[] bytes = new long[2];
        for (int round = 0; round < 3; round++) {
            bytes[0] = allocatedBy(training, SHORT);
            bytes[1] = allocatedBy(training, LONG);
        }
        assertThat(bytes[0]).as("a training allocates its buffers").isPositive();
        assertThat(bytes[1] - bytes[0]).as("bytes allocated by %d extra steps", LONG - SHORT).isLessThan(ALLOWED);
    }

    private static CcRun run(InputMode mode, double p, boolean learn, int steps) {
        return CcSpecs.run(CcSpecs.paper().set(CcKeys.INPUT_MODE, mode).set(Keys.P_TRAIN, p).set(Keys.BATCH, 512)
                .set(CcKeys.LEARN_SIGMA, learn).set(Keys.CURVE_POINTS, 10).set(Keys.STEPS, steps));
    }

    private static long allocatedBy(IntConsumer training, int steps) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        training.accept(steps);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
