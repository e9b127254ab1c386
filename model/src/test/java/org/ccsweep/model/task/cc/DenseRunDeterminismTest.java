package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.cc.train.StepSelection;
import org.junit.jupiter.api.Test;

/** A dense-input run (p = 0.5: the dense step) trains bit-identical models twice. */
class DenseRunDeterminismTest {

    @Test
    void sameDenseSpecGivesBitIdenticalWeightsCurveAndSigma() {
        CcRun spec = CcSpecs.run(CcSpecs.paper(9L, 9L).set(Keys.P_TRAIN, 0.5).set(CcKeys.LEARN_SIGMA, true)
                .set(Keys.STEPS, 30).set(Keys.BATCH, 256).set(Keys.EVAL_P, new double[] {0.5})
                .set(Keys.EVAL_TARGET_REL_SE, 0.05).set(Keys.EVAL_MAX_SAMPLES, 2_000L).set(Keys.CURVE_POINTS, 10));
        assertThat(StepSelection.dense(spec.inputMode(), spec.pTrain())).isTrue();

        CcResult first = RunExecutor.execute(spec);
        CcResult second = RunExecutor.execute(spec);

        assertThat(second.wIn()).containsExactly(first.wIn());
        assertThat(second.wOut()).containsExactly(first.wOut());
        assertThat(second.curveLoss()).containsExactly(first.curveLoss());
        assertThat(second.finalSigma()).isEqualTo(first.finalSigma());
        assertThat(first.finalSigma()).isNotEqualTo((double) 0.02f);
        assertThat(first.curveLoss()[first.curveLoss().length - 1]).isLessThan(first.curveLoss()[0]);
    }
}
