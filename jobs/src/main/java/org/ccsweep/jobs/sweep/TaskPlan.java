package org.ccsweep.jobs.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccsweep.jobs.config.Backend;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.GroupFit;
import org.ccsweep.model.task.Tasks;

/**
 * A sweep's pending runs as Spark tasks. On the CPU: one run or lock-step group per task
 * ({@link LockstepGroups}). In GPU groups ({@link BackendChoice#onDevices}): the runs the task's group
 * trainer takes, by group key, split into as few tasks as engine.gpu-group-size allows, of sizes that
 * differ by at most one; the other runs on the CPU under {@code auto}, refused under {@code cuda}. Tasks
 * are in the order of their first run.
 */
record TaskPlan(List<TaskRuns> tasks, TaskSettings settings, boolean onDevices) {

    static TaskPlan of(List<RunSpec> pending, SweepSpec.Engine engine, boolean onDevices, int threads) {
        TaskSettings settings = new TaskSettings(engine.backend(), engine.lockstep(), threads);
        List<TaskRuns> tasks = new ArrayList<>();
        if (!onDevices) {
            LockstepGroups.of(pending, engine.lockstep()).forEach(g -> tasks.add(new TaskRuns(g, TaskRuns.Mode.CPU)));
            return new TaskPlan(tasks, settings, false);
        }
        boolean auto = engine.backend() == Backend.AUTO;
        Map<String, List<RunSpec>> groups = new LinkedHashMap<>();
        List<RunSpec> others = new ArrayList<>();
        for (RunSpec run : pending) {
            GroupFit fit = Tasks.of(run).groupFit(run);
            if (fit.fits()) {
                groups.computeIfAbsent(fit.key(), k -> new ArrayList<>()).add(run);
            } else {
                others.add(run);
            }
        }
        TaskRuns.Mode grouped = auto ? TaskRuns.Mode.DEVICE_OR_CPU : TaskRuns.Mode.DEVICE;
        for (List<RunSpec> runs : groups.values()) {
            int count = (runs.size() + engine.gpuGroupSize() - 1) / engine.gpuGroupSize();
            for (int i = 0; i < count; i++) {
                tasks.add(new TaskRuns(runs.subList(i * runs.size() / count, (i + 1) * runs.size() / count), grouped));
            }
        }
        TaskRuns.Mode rest = auto ? TaskRuns.Mode.CPU : TaskRuns.Mode.REFUSED;
        LockstepGroups.of(others, engine.lockstep()).forEach(g -> tasks.add(new TaskRuns(g, rest)));
        Map<RunSpec, Integer> order = new HashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            order.put(pending.get(i), i);
        }
        tasks.sort(Comparator.comparing(task -> order.get(task.runs().get(0))));
        return new TaskPlan(tasks, settings, true);
    }

    /** What a sweep in GPU groups prints before it starts: how many runs in how many groups, the rest where. */
    Optional<String> describe() {
        if (!onDevices) {
            return Optional.empty();
        }
        List<TaskRuns> grouped = tasks.stream().filter(t -> t.mode() != TaskRuns.Mode.CPU
                && t.mode() != TaskRuns.Mode.REFUSED).toList();
        int groupedRuns = grouped.stream().mapToInt(t -> t.runs().size()).sum();
        int rest = tasks.stream().mapToInt(t -> t.runs().size()).sum() - groupedRuns;
        String backend = Key.spell(settings.backend());
        return Optional.of(String.format("[ccsweep] engine.backend = %s: %d runs in %d GPU groups (%s), %d %s", backend,
                groupedRuns, grouped.size(), settings.backend() == Backend.CUDA_REFERENCE ? "on the CPU reference"
                        : "on the executors' GPUs", rest,
                settings.backend() == Backend.AUTO ? "on the CPU" : "that the group trainer cannot take, failed"));
    }
}
