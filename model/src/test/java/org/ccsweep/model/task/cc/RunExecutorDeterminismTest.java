package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same spec trains bit-identical models on the CPU backend. */
class RunExecutorDeterminismTest {

    @Test
    void sameSpecGivesBitIdenticalWeightsCurveAndProfile() {
        CcRun spec = TestSpecs.small(200, 3e-3, true);
        CcResult first = RunExecutor.execute(spec);
        CcResult second = RunExecutor.execute(spec);

        assertThat(second.wIn()).containsExactly(first.wIn());
        assertThat(second.wOut()).containsExactly(first.wOut());
        assertThat(second.curveLoss()).containsExactly(first.curveLoss());
        assertThat(second.finalSigma()).isEqualTo(first.finalSigma());
        assertThat(second.profile().loss()).containsExactly(first.profile().loss());
        assertThat(first.curveSteps()).hasSize(10).endsWith(200);
        assertThat(first.finalSigma()).isNotEqualTo(0.02);
    }

    @Test
    void trainingReducesTheLoss() {
        CcResult result = RunExecutor.execute(TestSpecs.small(200, 3e-3, false));
        double[] curve = result.curveLoss();
        assertThat(curve[curve.length - 1]).isLessThan(0.8 * curve[0]);
        assertThat(result.finalTrainLoss()).isEqualTo(curve[curve.length - 1]);
        assertThat(result.finalSigma()).isEqualTo((double) 0.02f);
    }
}
