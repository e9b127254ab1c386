package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SweepExpanderTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    private List<CcRun> expand(String text) {
        return fx.load(text).runs().stream().map(CcRun::of).toList();
    }

    @Test
    void gridTimesSeedsWithSeedsInnermostInWrittenOrder() {
        List<CcRun> runs = expand("sweep { seeds = [5, 3]\n grid { mixing = [symmetric, asymmetric]\n sigma = [0.03, 0.01] } }\n");
        assertThat(runs).extracting(r -> r.mixing() + "/" + r.sigma() + "/" + r.seed()).containsExactly(
                "SYMMETRIC/0.03/5", "SYMMETRIC/0.03/3", "SYMMETRIC/0.01/5", "SYMMETRIC/0.01/3",
                "ASYMMETRIC/0.03/5", "ASYMMETRIC/0.03/3", "ASYMMETRIC/0.01/5", "ASYMMETRIC/0.01/3");
    }

    @Test
    void idsAreStableAcrossLoadsAndDistinct() {
        String text = "sweep.grid { mixing = [clean, symmetric], sigma = [0.01, 0.02], p-train = [0.01, 0.1] }\n";
        List<String> first = expand(text).stream().map(CcRun::id).toList();
        List<String> second = expand(text).stream().map(CcRun::id).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void everyFieldResolvedFromTheRecipe() {
        RunSpec run = fx.load("sweep { seeds = [7], mixing-seed = 99 }\n").runs().get(0);
        RunSpec recipe = fx.load("").runs().get(0);
        assertThat(run.seed()).isEqualTo(7);
        assertThat(run.mixingSeed()).isEqualTo(99);
        assertThat(run.with(Keys.SEED, 0L).with(Keys.MIXING_SEED, 0L)).isEqualTo(recipe);
        assertThat(run.evalP()).hasSize(100).startsWith(1e-3).endsWith(1.0).contains(0.01);
    }

    @Test
    void pTrainIsAddedToTheEvalGridWhenAbsent() {
        List<CcRun> runs = expand("sweep.grid.p-train = [0.05, 0.1]\neval.p = [0.01, 0.1, 1]\n");
        assertThat(runs.get(0).evalP()).containsExactly(0.01, 0.05, 0.1, 1.0);
        assertThat(runs.get(3).evalP()).containsExactly(0.01, 0.1, 1.0);
    }

    @Test
    void rankAppliesOnlyToLowRankAndOtherKindsAreNotRepeated() {
        List<CcRun> runs = expand("sweep { seeds = [0]\n grid { mixing = [asymmetric, low-rank], rank = [10, 20] } }\n"
                + "model.low-rank.tied = true\n");
        assertThat(runs).extracting(CcRun::lowRank).containsExactly(null,
                new LowRankOptions(10, false, true, false, false), new LowRankOptions(20, false, true, false, false));
    }

    @Test
    void cleanWithFixedSigmaIsTrainedOnceAtSigmaZero() {
        List<CcRun> runs = expand("sweep { seeds = [0]\n grid { mixing = [clean, symmetric], sigma = [0.01, 0.02] } }\n");
        assertThat(runs).extracting(r -> r.mixing() + "/" + r.sigma())
                .containsExactly("CLEAN/0.0", "SYMMETRIC/0.01", "SYMMETRIC/0.02");
    }

    @Test
    void stepScalingAppliesToBernoulliOnly() {
        List<CcRun> runs = expand("train.scale-steps = true\nsweep { seeds = [0]\n grid.input-mode = [bernoulli, exactly-one] }\n");
        assertThat(runs).extracting(CcRun::steps).containsExactly(15_774, 10_000);
    }

    @Test
    void unpinnedMixingSeedFollowsTheRunSeed() {
        assertThat(expand("sweep.seeds = [4, 8]\n")).extracting(CcRun::mixingSeed).containsExactly(4L, 8L);
    }
}
