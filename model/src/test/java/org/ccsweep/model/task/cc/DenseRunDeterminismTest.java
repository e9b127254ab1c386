package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.task.cc.train.StepSelection;
import org.junit.jupiter.api.Test;

/** A dense-input run (p = 0.5: the dense step) trains bit-identical models twice. */
class DenseRunDeterminismTest {

    @Test
    void sameDenseSpecGivesBitIdenticalWeightsCurveAndSigma() {
        RunSpec spec = new RunSpec(100, 50, 1000, InputMode.BERNOULLI, 0.5, MixingKind.ASYMMETRIC, null, 0.02, true,
                30, 256, 3e-3, 0.9, 0.999, 1e-8, 1e-2, 9L, 9L, new double[] {0.5}, new EvalPrecision(0.05, 200, 2_000),
                10, ModelKind.SIMPLIFIED, 0, false);
        assertThat(StepSelection.dense(spec.inputMode(), spec.pTrain())).isTrue();

        RunResult first = RunExecutor.execute(spec);
        RunResult second = RunExecutor.execute(spec);

        assertThat(second.wIn()).containsExactly(first.wIn());
        assertThat(second.wOut()).containsExactly(first.wOut());
        assertThat(second.curveLoss()).containsExactly(first.curveLoss());
        assertThat(second.finalSigma()).isEqualTo(first.finalSigma());
        assertThat(first.finalSigma()).isNotEqualTo((double) 0.02f);
        assertThat(first.curveLoss()[first.curveLoss().length - 1]).isLessThan(first.curveLoss()[0]);
    }
}
