package org.ccsweep.jobs.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Tasks;

/**
 * The sweep's pending runs as tasks: runs with the same lock-step key ({@link org.ccsweep.model.task.Task#lockstepKey}) in groups of at most
 * {@code engine.lockstep}, each group one task, in the order of the runs' first appearance; runs
 * without a key (CC's residual and transplant runs) one per task.
 */
final class LockstepGroups {
    private LockstepGroups() {
    }

    static List<List<RunSpec>> of(List<RunSpec> pending, int maxRuns) {
        Map<Object, List<RunSpec>> byKey = new LinkedHashMap<>();
        for (RunSpec run : pending) {
            Optional<String> key = Tasks.of(run).lockstepKey(run);
            byKey.computeIfAbsent(key.isPresent() && maxRuns > 1 ? key.get() : new Object(), k -> new ArrayList<>())
                    .add(run);
        }
        List<List<RunSpec>> groups = new ArrayList<>();
        for (List<RunSpec> runs : byKey.values()) {
            for (int from = 0; from < runs.size(); from += maxRuns) {
                groups.add(new ArrayList<>(runs.subList(from, Math.min(runs.size(), from + maxRuns))));
            }
        }
        return groups;
    }
}
