package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.Test;

/** The residual run is reported as its effective simplified model, evaluated on M = I − W_E W_Eᵀ. */
class ResidualExecutorTest {
    private static final double[] EVAL_P = {0.01, 0.1};

    private static CcRun spec(MixingKind kind, boolean learnSigma) {
        return spec(kind, learnSigma, 0);
    }

    private static CcRun spec(MixingKind kind, boolean learnSigma, int transplantSteps) {
        return CcSpecs.run(CcSpecs.paper(7L, 8L).set(CcKeys.MIXING, kind).set(CcKeys.LEARN_SIGMA, learnSigma)
                .set(Keys.STEPS, 200).set(Keys.BATCH, 256).set(Keys.EVAL_P, EVAL_P).set(Keys.EVAL_TARGET_REL_SE, 0.01)
                .set(Keys.EVAL_MAX_SAMPLES, 20_000L).set(Keys.CURVE_POINTS, 10).set(CcKeys.MODEL, ModelKind.RESIDUAL)
                .set(CcKeys.TRANSPLANT_STEPS, transplantSteps));
    }

    @Test
    void resultIsTheEffectiveSimplifiedModelOnTheResidualsM() {
        CcRun spec = spec(MixingKind.EMBEDDING, false);
        CcResult result = RunExecutor.execute(spec);

        float[] embedding = MixingMatrix.build(MixingKind.EMBEDDING, 100, 1000, null, spec.streams().mixing());
        for (int i = 0; i < embedding.length; i++) {
            assertThat(result.mixing()[i]).isEqualTo(embedding[i]);
        }
        assertThat(result.finalSigma()).isEqualTo(1.0);
        assertThat(result.wIn()).hasSize(100 * 50);
        assertThat(result.wOut()).hasSize(50 * 100);
        LossProfile expected = LossEvaluator.profile(100, 50, result.wIn(), result.wOut(), result.mixing(), EVAL_P,
                spec.evalPrecision(), spec.streams().eval());
        assertThat(result.profile().lossPerFeature()).containsExactly(expected.lossPerFeature());
        double[] curve = result.curveLoss();
        assertThat(curve[curve.length - 1]).isLessThan(0.8 * curve[0]);
        assertThat(result.curveSteps()).hasSize(10).endsWith(200);
    }

    @Test
    void rejectsOtherKindsLearntSigmaAndTransplants() {
        assertThatThrownBy(() -> ResidualExecutor.execute(spec(MixingKind.ASYMMETRIC, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixing must be EMBEDDING");
        assertThatThrownBy(() -> ResidualExecutor.execute(spec(MixingKind.EMBEDDING, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learnSigma must be false");
        assertThatThrownBy(() -> RunExecutor.execute(spec(MixingKind.EMBEDDING, false, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transplantSteps must be 0, got 10");
    }
}
