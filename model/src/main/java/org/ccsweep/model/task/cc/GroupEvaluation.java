package org.ccsweep.model.task.cc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.TrainedMember;

/**
 * A trained group's members as the runs' results, by the CPU path's own evaluation ({@link TrainedRun}):
 * each run's loss profile on its eval stream with M_s = |final s| · M, its exact L/p on single-feature
 * inputs, the naive model's L/p, and its analyses where it asks. Up to {@code threads} runs are evaluated at
 * once; a run's numbers depend on its own streams only, so not on the threads or the group.
 */
final class GroupEvaluation {
    private GroupEvaluation() {
    }

    /**
     * @param trainSeconds each run's share of the group's training time
     * @return outcome i for run i: its result, or its divergence or evaluation failure
     */
    static List<Outcome> evaluate(List<CcRun> runs, GpuGroup group, List<TrainedMember> trained, double trainSeconds,
            int threads) {
        int pool = Math.min(threads, runs.size());
        if (pool <= 1) {
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                outcomes.add(member(runs.get(i), group, trained, i, trainSeconds));
            }
            return outcomes;
        }
        List<Callable<Outcome>> jobs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int member = i;
            jobs.add(() -> member(runs.get(member), group, trained, member, trainSeconds));
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
            Thread thread = new Thread(r, "ccsweep-group-eval-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : executor.invokeAll(jobs)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating a group", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    /** Member i's outcome as run's. */
    private static Outcome member(CcRun run, GpuGroup group, List<TrainedMember> trained, int i, double trainSeconds) {
        TrainedMember member = trained.get(i);
        if (member.diverged() != null) {
            return new Outcome(run.spec(), null, member.diverged());
        }
        try {
            CcResult result = TrainedRun.evaluate(run, run.streams(), member.training(), trainSeconds, member.wIn(),
                    member.wOut(), group.members().get(i).mixing(), null);
            return new Outcome(run.spec(), CcOutput.of(run.analysis() ? result.withAnalyses() : result), null);
        } catch (RuntimeException e) {
            return new Outcome(run.spec(), null, e);
        }
    }
}
