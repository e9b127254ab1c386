package org.ccsweep.jobs.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Task;

/**
 * A GPU group's runs on the CPU, where engine.backend = auto expected a GPU and the executor has none:
 * its lock-step groups ({@link LockstepGroups}, engine.lockstep), up to {@code threads} at once, each as a
 * CPU task trains it ({@link SweepTask#cpu}), so each run gets the CPU backend's bits.
 */
final class CpuGroups {
    private CpuGroups() {
    }

    static List<RunOutcome> run(Task task, List<RunSpec> runs, int lockstep, int threads, Placement placement) {
        List<Callable<List<RunOutcome>>> groups = new ArrayList<>();
        for (List<RunSpec> group : LockstepGroups.of(runs, lockstep)) {
            groups.add(() -> {
                try {
                    return SweepTask.cpu(task, group, placement);
                } catch (RuntimeException e) {
                    return group.stream().map(run -> RunOutcome.failed(run, placement, e)).toList();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, groups.size())));
        try {
            List<RunOutcome> outcomes = new ArrayList<>();
            for (Future<List<RunOutcome>> group : pool.invokeAll(groups)) {
                outcomes.addAll(group.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training a group on the CPU", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
