package org.ccsweep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Tasks;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One training and evaluation of a sweep's first run, in this thread, exactly as a sweep task runs
 * it (its task's {@link org.ccsweep.model.task.Task#execute}), repeated: the first execution is cold (JIT, natives), the later
 * ones are the warm "one training" a sweep is compared with. Prints one {@code ONE_RUN} line per
 * execution. Launch with OMP_NUM_THREADS=1.
 * {@code OneRun CONF REPEATS [key=value ...]}
 */
public final class OneRun {
    private OneRun() {
    }

    public static void main(String[] args) {
        Path conf = Path.of(args[0]);
        int repeats = Integer.parseInt(args[1]);
        List<String> sets = Arrays.asList(args).subList(2, args.length);
        RunSpec spec = SweepSpecs.load(conf, sets).runs().get(0);
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < repeats; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            RunResult result = Tasks.of(spec).execute(spec);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("ONE_RUN execution=%d steps=%d train_s=%.3f eval_s=%.3f wall_s=%.3f cpu_s=%.3f lp=%.5f%n",
                    i + 1, spec.steps(), result.trainSeconds(), result.evalSeconds(), wall, cpu,
                    result.profile().lossPerFeature()[Arrays.binarySearch(result.profile().pEval(), spec.pTrain())]);
        }
    }
}
