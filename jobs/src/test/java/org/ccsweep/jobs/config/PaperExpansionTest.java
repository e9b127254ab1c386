package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.baselines.BaselineKind;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the model axis, the transplant, the analyses flag and the baselines expand. */
class PaperExpansionTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    private SweepSpec load(String text) {
        return fx.load(text);
    }

    private List<CcRun> runs(String text) {
        return load(text).runs().stream().map(CcRun::of).toList();
    }

    @Test
    void residualRunsRecordSigmaOneAndAreTrainedOncePerSeed() {
        List<CcRun> runs = runs("""
                sweep { seeds = [0, 1], grid { model = [simplified, residual], mixing = [embedding], sigma = [0.5, 1] } }
                """);
        // simplified: 2 σ × 2 seeds; residual: σ is irrelevant, 2 seeds.
        assertThat(runs).extracting(r -> r.model() + "/" + r.sigma()).containsExactly(
                "SIMPLIFIED/0.5", "SIMPLIFIED/0.5", "SIMPLIFIED/1.0", "SIMPLIFIED/1.0", "RESIDUAL/1.0", "RESIDUAL/1.0");
        assertThat(runs.get(2).id()).isNotEqualTo(runs.get(4).id());
    }

    @Test
    void transplantAndAnalysisReachEveryRunAndItsIdentity() {
        CcRun plain = runs("").get(0);
        CcRun run = runs("train.transplant-steps = 300\nanalysis.enabled = true\n").get(0);
        assertThat(run.transplantSteps()).isEqualTo(300);
        assertThat(run.analysis()).isTrue();
        assertThat(run.steps()).isEqualTo(plain.steps());
        assertThat(run.id()).isNotEqualTo(plain.id());
    }

    @Test
    void baselinesIgnoreWhatTheyDoNotDependOn() {
        SweepSpec sweep = load("""
                sweep { seeds = [0, 1], grid { mixing = [clean, symmetric], sigma = [0.01, 0.02], p-train = [0.01, 0.1],
                        learn-sigma = [false, true] } }
                eval.p = [0.1, 0.01]
                baselines.kinds = [naive, semi-nmf]
                """);
        List<BaselineSpec> tasks = BaselineExpander.expand(sweep);
        // M_s points: clean σ = 0 (fixed), clean σ = 0.01 and 0.02 (learnable: the initial σ), symmetric 0.01
        // and 0.02: 5 points × 2 seeds × 2 kinds; p-train does not matter.
        assertThat(tasks).hasSize(5 * 2 * 2).doesNotHaveDuplicates();
        assertThat(tasks.get(0).evalP()).containsExactly(0.01, 0.1);
        assertThat(tasks).filteredOn(t -> t.kind() == BaselineKind.SEMI_NMF)
                .allSatisfy(t -> assertThat(t.semiNmf()).isEqualTo(new BaselineSpec.SemiNmf(1000, 1e-9)));
        assertThat(tasks).extracting(BaselineSpec::offsetScan).containsOnlyNulls();
    }

    @Test
    void residualRunsShareTheirBaselinesWithTheSimplifiedOnesAtSigmaOne() {
        List<BaselineSpec> tasks = BaselineExpander.expand(load("""
                sweep { seeds = [3], grid { model = [simplified, residual], mixing = [embedding], sigma = [1] } }
                baselines.kinds = [naive-offset]
                """));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).offsetScan().p()).containsExactly(0.01, 0.03, 0.1, 0.3, 1.0);
        assertThat(runs("sweep.grid { model = [residual], mixing = [embedding] }\n"))
                .extracting(CcRun::model).containsOnly(ModelKind.RESIDUAL);
    }
}
