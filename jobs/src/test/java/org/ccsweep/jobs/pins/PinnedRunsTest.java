package org.ccsweep.jobs.pins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few runs of the paper's recipe and of every code path of the trainer (sparse and dense steps, a
 * lock-step group with learnt σ, exactly-one inputs with analyses, the residual model, a transplant,
 * low-rank M) give the bits they gave before the run spec was redesigned (issue 12): the final loss
 * and σ, and digests of the weights, curve, profile, transplant losses and analyses
 * (resources/pins/run-bits.txt; each line starts with the run's id of that time, which the conf must still make,
 * then its bits).
 */
class PinnedRunsTest {
    @TempDir
    Path tmp;

    @Test
    void pinnedRunsGiveThePinnedBits() throws IOException {
        Map<String, List<String>> pinned = Pins.sections("run-bits.txt");
        assertThat(pinned).hasSize(7);
        for (Map.Entry<String, List<String>> conf : pinned.entrySet()) {
            Path file = tmp.resolve(conf.getKey());
            Files.writeString(file, Pins.resource(conf.getKey()));
            List<RunSpec> runs = SweepSpecs.load(file, List.of("sweep.output=\"" + tmp.resolve("out") + "\"")).runs();
            assertThat(runs.stream().map(LegacyIds::of).toList()).as(conf.getKey() + ": the pinned runs, in order")
                    .isEqualTo(conf.getValue().stream().map(line -> line.substring(0, line.indexOf(' '))).toList());
            List<String> bits = new ArrayList<>();
            for (RunResult result : execute(runs)) {
                bits.add(RunBits.of(result));
            }
            assertThat(bits).as(conf.getKey()).isEqualTo(conf.getValue().stream()
                    .map(line -> line.substring(line.indexOf(' ') + 1)).toList());
        }
    }

    /** As the sweep trains them: a lock-step group together, other runs alone, each by its task. */
    private static List<RunResult> execute(List<RunSpec> runs) {
        List<RunResult> results = new ArrayList<>();
        Task task = Tasks.of(runs.get(0));
        if (runs.size() > 1 && task.lockstepKey(runs.get(0)).isPresent()) {
            for (Outcome outcome : task.executeTogether(runs)) {
                results.add(outcome.result());
            }
        } else {
            for (RunSpec run : runs) {
                results.add(task.execute(run));
            }
        }
        return results;
    }
}
