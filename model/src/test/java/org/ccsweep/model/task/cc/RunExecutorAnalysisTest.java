package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.task.cc.analysis.RunAnalyses;
import org.junit.jupiter.api.Test;

/** spec.analysis() adds the analyses of the final model; the flag is part of the run's identity. */
class RunExecutorAnalysisTest {

    @Test
    void analysesAreThoseOfTheFinalWeightsAgainstTheFinalScale() {
        CcResult result = RunExecutor.execute(TestSpecs.small(40, 3e-3, true, 0, true));
        RunAnalyses expected = RunAnalyses.of(100, 50, result.wIn(), result.wOut(), result.mixing(), result.finalSigma());
        assertThat(result.analyses()).isNotNull();
        assertThat(result.analyses().sigmaAbs()).isEqualTo(Math.abs((double) result.finalSigma()));
        assertThat(result.analyses().sigmaAbs()).isNotEqualTo(0.02);
        assertThat(result.analyses().weightBars()).isDeepEqualTo(expected.weightBars());
        assertThat(result.analyses().effectiveRank()).isEqualTo(expected.effectiveRank());
        assertThat(result.analyses().entries().offDiagonal().slope()).isEqualTo(expected.entries().offDiagonal().slope());
    }

    @Test
    void withoutTheFlagThereAreNoneAndTheIdDiffers() {
        CcRun plain = TestSpecs.small(40, 3e-3, false);
        assertThat(RunExecutor.execute(plain).analyses()).isNull();
        assertThat(plain.id()).isNotEqualTo(TestSpecs.small(40, 3e-3, false, 0, true).id());
        assertThat(plain.id()).isNotEqualTo(TestSpecs.small(40, 3e-3, false, 5, false).id());
        assertThat(plain.canonical()).contains("analysis.enabled=false", "sweep.grid.model=SIMPLIFIED", "train.transplant-steps=0");
    }
}
