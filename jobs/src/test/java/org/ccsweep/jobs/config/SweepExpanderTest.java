package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepExpanderTest {
    @TempDir
    java.nio.file.Path tmp;
    ConfigFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ConfigFixture(tmp);
    }

    private List<RunSpec> expand(String text) {
        return SweepExpander.expand(fx.load(text));
    }

    @Test
    void gridTimesSeedsWithSeedsInnermostInWrittenOrder() {
        List<RunSpec> runs = expand("sweep { seeds = [5, 3]\n grid { mixing = [symmetric, asymmetric]\n sigma = [0.03, 0.01] } }\n");
        assertThat(runs).extracting(r -> r.mixing() + "/" + r.sigma() + "/" + r.seed()).containsExactly(
                "SYMMETRIC/0.03/5", "SYMMETRIC/0.03/3", "SYMMETRIC/0.01/5", "SYMMETRIC/0.01/3",
                "ASYMMETRIC/0.03/5", "ASYMMETRIC/0.03/3", "ASYMMETRIC/0.01/5", "ASYMMETRIC/0.01/3");
    }

    @Test
    void idsAreStableAcrossLoadsAndDistinct() {
        String text = "sweep.grid { mixing = [clean, symmetric], sigma = [0.01, 0.02], p-train = [0.01, 0.1] }\n";
        List<String> first = expand(text).stream().map(RunSpec::id).toList();
        List<String> second = expand(text).stream().map(RunSpec::id).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void everyFieldResolvedFromTheRecipe() {
        RunSpec run = expand("sweep { seeds = [7], mixing-seed = 99 }\n").get(0);
        assertThat(run).isEqualTo(new RunSpec(100, 50, 1000, InputMode.BERNOULLI, 0.01, MixingKind.ASYMMETRIC, null,
                0.02, false, 10_000, 2048, 3e-3, 0.9, 0.999, 1e-8, 1e-2, 7, 99, run.evalP(), new EvalPrecision(0.002, 200, 5_000_000), 200,
                ModelKind.SIMPLIFIED, 0, false));
    }

    @Test
    void pTrainIsAddedToTheEvalGridWhenAbsent() {
        List<RunSpec> runs = expand("sweep.grid.p-train = [0.05, 0.1]\neval.p = [0.01, 0.1, 1]\n");
        assertThat(runs.get(0).evalP()).containsExactly(0.01, 0.05, 0.1, 1.0);
        assertThat(runs.get(3).evalP()).containsExactly(0.01, 0.1, 1.0);
    }

    @Test
    void rankAppliesOnlyToLowRankAndOtherKindsAreNotRepeated() {
        List<RunSpec> runs = expand("sweep { seeds = [0]\n grid { mixing = [asymmetric, low-rank], rank = [10, 20] } }\n"
                + "model.low-rank.tied = true\n");
        assertThat(runs).extracting(RunSpec::lowRank).containsExactly(null,
                new LowRankOptions(10, false, true, false, false), new LowRankOptions(20, false, true, false, false));
    }

    @Test
    void cleanWithFixedSigmaIsTrainedOnceAtSigmaZero() {
        List<RunSpec> runs = expand("sweep { seeds = [0]\n grid { mixing = [clean, symmetric], sigma = [0.01, 0.02] } }\n");
        assertThat(runs).extracting(r -> r.mixing() + "/" + r.sigma())
                .containsExactly("CLEAN/0.0", "SYMMETRIC/0.01", "SYMMETRIC/0.02");
    }

    @Test
    void stepScalingAppliesToBernoulliOnly() {
        List<RunSpec> runs = expand("train.scale-steps = true\nsweep { seeds = [0]\n grid.input-mode = [bernoulli, exactly-one] }\n");
        assertThat(runs).extracting(RunSpec::steps).containsExactly(15_774, 10_000);
    }

    @Test
    void unpinnedMixingSeedFollowsTheRunSeed() {
        assertThat(expand("sweep.seeds = [4, 8]\n")).extracting(RunSpec::mixingSeed).containsExactly(4L, 8L);
    }
}
