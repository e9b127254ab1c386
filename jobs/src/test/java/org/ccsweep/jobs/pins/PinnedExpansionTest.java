package org.ccsweep.jobs.pins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccsweep.jobs.config.BaselineExpander;
import org.ccsweep.jobs.config.SweepSpec;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sweep file of the project expands to exactly the runs and baseline tasks it expanded to
 * before the run spec was redesigned (issue 12): the same resolved fields, in the same order. The
 * pins are the run ids of that time (SHA-256 of the old canonical spec, {@link LegacyIds}; baseline
 * tasks kept their ids), recorded in resources/pins/expansion-ids.txt.
 */
class PinnedExpansionTest {
    @TempDir
    Path tmp;

    @Test
    void everyConfExpandsToThePinnedRunsAndBaselines() {
        Map<String, List<String>> pinned = Pins.sections("expansion-ids.txt");
        assertThat(pinned).hasSizeGreaterThanOrEqualTo(12);
        for (Map.Entry<String, List<String>> conf : pinned.entrySet()) {
            SweepSpec sweep = SweepSpecs.load(Path.of("..", conf.getKey()),
                    List.of("sweep.output=\"" + tmp.resolve("out") + "\""));
            List<String> lines = new ArrayList<>();
            for (RunSpec run : sweep.runs()) {
                lines.add("run " + LegacyIds.of(run));
            }
            for (BaselineSpec baseline : BaselineExpander.expand(sweep)) {
                lines.add("baseline " + baseline.id());
            }
            assertThat(lines).as(conf.getKey()).isEqualTo(conf.getValue());
        }
    }
}
