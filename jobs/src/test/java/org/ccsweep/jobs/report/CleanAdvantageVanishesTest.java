package org.ccsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.BaselineOutcome;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.task.cc.baselines.BaselineKind;
import org.ccsweep.model.task.cc.baselines.BaselineResult;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean model's gain over its naive line (1/12 at these runs' n = 4, d = 2) judged against the best M ≠ 0 model's at
 * p = 0.01 (the only p_train with both), on hand-made
 * tables: three seeds per point, seed s adding 0.001 s, so every interval is the mean ± 0.00248
 * (t(0.975, 2) · 0.001 / √3).
 */
class CleanAdvantageVanishesTest {
    @TempDir
    Path dir;

    @Test
    void ratioOfIntervalsTakesTheExtremeEnds() {
        Interval a = new Interval(0.002, -0.001, 0.005, 3);
        Interval b = new Interval(0.02, 0.01, 0.03, 3);
        assertThat(CleanAdvantageVanishes.ratio(a, b)).containsExactly(-0.1, 0.5);
        assertThat(CleanAdvantageVanishes.ratio(new Interval(0.004, 0.002, 0.006, 3), b)).containsExactly(0.002 / 0.03, 0.6);
    }

    @Test
    void aCleanModelAtTheNaiveLineHasANegligibleShare() {
        SyntheticResults.write(dir);
        Finding f = judge();
        // clean 0.0845: gain −0.00117 in [−0.00365, 0.00131]; symmetric σ = 0.04, 0.066: gain 0.0173 in [0.0148, 0.0198];
        // ratio in [−0.00365 / 0.0148, 0.00131 / 0.0148] = [−25 %, 8.9 %], within the 10 % allowed.
        assertThat(f.agrees()).isTrue();
        assertThat(f.ours()).endsWith("clean gain / M ≠ 0 gain = -6.7 % [-25 %, 8.9 %]");
        assertThat(f.note()).isEqualTo("the clean model's L/p is not below its naive line beyond its interval; on single-feature "
                + "inputs (exact) it is 0.0840 ± 0.00248 (n = 3), gain -0.000667 ± 0.00248 (n = 3), not below the naive line in the mean");
    }

    @Test
    void aCleanModelKeepingPartOfTheAdvantageDisagreesAndSaysWhere() {
        List<RunOutcome> runs = new ArrayList<>();
        List<BaselineOutcome> offsets = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            runs.add(SyntheticResults.run(MixingKind.CLEAN, 0, 0.01, seed, 0.084, 0.077, 0.09));
            runs.add(SyntheticResults.run(MixingKind.SYMMETRIC, 0.04, 0.01, seed, 0.060, 0.066, 0.10));
            offsets.add(BaselineOutcome.ok(offset(seed, 0.0790 + 0.001 * seed), 0.0));
        }
        try (ResultStore store = ResultStore.open(dir.toUri(), new Configuration())) {
            store.commit("hand", runs, offsets);
        }
        Finding f = judge();
        // clean gain 1/12 − 0.078 = 0.00533 in [0.00285, 0.00782]; M ≠ 0 gain 0.0163 in [0.0139, 0.0188]:
        // ratio up to 0.00782 / 0.0139 = 56 %.
        assertThat(f.agrees()).isFalse();
        assertThat(f.ours()).endsWith("clean gain / M ≠ 0 gain = 33 % [15 %, 56 %]");
        assertThat(f.note()).isEqualTo("the clean gain is up to 56 % of the M ≠ 0 gain, above the 10 % the rule allows: the "
                + "M = 0 model keeps part of the advantage; the clean model's L/p is below its naive line by 6.4 % of it, beyond its "
                + "interval; on single-feature inputs (exact) it is 0.0850 ± 0.00248 (n = 3), gain -0.00167 ± 0.00248 (n = 3), "
                + "not below the naive line in the mean: the gain "
                + "comes from samples with two or more active features; the naive model plus an offset b = 0.00300 on its "
                + "unrepresented outputs (Figure 10) reaches 0.0800 ± 0.00248 (n = 3) at p = 0.01, gain 0.00333 ± 0.00248 (n = 3), at "
                + "least half the clean model's: an offset-like use of the idle outputs accounts for it, not the M ≠ 0 mechanism");
    }

    private Finding judge() {
        SparkSession spark = TestSpark.session();
        Views.register(spark, dir.toUri());
        return new CleanAdvantageVanishes().judge(spark).orElseThrow();
    }

    private static BaselineResult offset(long seed, double lossPerFeature) {
        BaselineSpec spec = new BaselineSpec(BaselineKind.NAIVE_OFFSET, 4, 2, 10, MixingKind.CLEAN, null, 0, seed, seed,
                new double[] {0.01}, new EvalPrecision(0.05, 10, 100), null,
                new BaselineSpec.OffsetSearch(new double[] {0.01}, new double[] {0, 0.01, 0.02}, 1e-4, 10));
        LossProfile profile = new LossProfile(new double[] {0.01}, new double[] {lossPerFeature * 0.01}, new double[] {lossPerFeature},
                new double[] {0});
        return new BaselineResult(spec, profile, new double[] {0.003}, List.of());
    }
}
