package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.junit.jupiter.api.Test;

/** The transplant run reports the final model on clean labels, with the whole curve of both phases. */
class TransplantExecutorTest {

    @Test
    void finalModelIsEvaluatedOnCleanLabelsAfterTheWholeCurve() {
        CcRun spec = TestSpecs.small(200, 3e-3, false, 100, false);
        CcResult result = RunExecutor.execute(spec);

        assertThat(result.curveSteps()).hasSize(20).startsWith(20).endsWith(300).contains(200, 210);
        for (int w = 1; w < 20; w++) {
            assertThat(result.curveSteps()[w]).isGreaterThan(result.curveSteps()[w - 1]);
        }
        assertThat(result.finalSigma()).isZero();
        assertThat(result.finalTrainLoss()).isEqualTo(result.curveLoss()[19]);
        assertThat(result.mixing()).containsExactly(
                MixingMatrix.build(MixingKind.ASYMMETRIC, 100, 1000, null, spec.streams().mixing()));
        LossProfile clean = LossEvaluator.profile(100, 50, result.wIn(), result.wOut(), new float[100 * 100],
                spec.evalP(), spec.evalPrecision(), spec.streams().eval());
        assertThat(result.profile().lossPerFeature()).containsExactly(clean.lossPerFeature());
        assertThat(result.transplant().cleanEnd().mean()).isGreaterThan(0.0);
        assertThat(result.transplant().cleanStart().mean()).isNotEqualTo(result.transplant().noisyEnd().mean());
    }
}
