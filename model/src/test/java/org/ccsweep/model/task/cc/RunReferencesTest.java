package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.baselines.NaiveModel;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.junit.jupiter.api.Test;

/**
 * A run's exact references are on the labels its profile measures: M_s = |final σ| · M (a learnt σ
 * moves the naive model's L/p), and M = 0 after a transplant.
 */
class RunReferencesTest {

    @Test
    void learntSigmaRunIsComparedWithTheNaiveModelAtTheLearntScale() {
        CcResult result = RunExecutor.execute(TestSpecs.small(40, 3e-3, true));
        float[] scaled = new float[result.mixing().length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (float) Math.abs(result.finalSigma()) * result.mixing()[i];
        }
        assertThat(result.finalSigma()).isNotEqualTo(0.02f);
        assertThat(result.naiveLossPerFeature()).isEqualTo(NaiveModel.lossPerFeature(100, 50, scaled));
        assertThat(result.naiveLossPerFeature()).isGreaterThan(NaiveModel.analyticLossPerFeature(100, 50));
        assertThat(result.oneActiveLossPerFeature())
                .isEqualTo(100 * LossEvaluator.lossGivenOneActive(100, 50, result.wIn(), result.wOut(), scaled));
    }

    @Test
    void oneActiveLossPerFeatureIsTheProfilesSparseLimit() {
        CcRun spec = TestSpecs.small(40, 3e-3, false);
        CcResult result = RunExecutor.execute(spec);
        float[] scaled = new float[result.mixing().length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = 0.02f * result.mixing()[i];
        }
        double[] sparse = LossEvaluator.profile(100, 50, result.wIn(), result.wOut(), scaled, new double[] {1e-6},
                new EvalPrecision(1e-3, 200, 100_000), new Rng(1L)).lossPerFeature();
        // At p = 1e-6 samples with two or more active features are 5e-5 of the non-empty ones: L/p is the
        // k = 1 term to that relative order (the measured gap is ~1e-6 relative; 1e-4 leaves room).
        assertThat(result.oneActiveLossPerFeature()).isCloseTo(sparse[0], within(1e-4 * sparse[0]));
        assertThat(result.oneActiveLossPerFeature()).isNotCloseTo(result.profile().lossPerFeature()[1],
                within(1e-3 * sparse[0]));
    }

    @Test
    void transplantedRunIsComparedOnTheCleanLabels() {
        CcResult result = RunExecutor.execute(TestSpecs.small(60, 3e-3, false, 30, false));
        assertThat(result.naiveLossPerFeature()).isEqualTo(NaiveModel.analyticLossPerFeature(100, 50));
        assertThat(result.oneActiveLossPerFeature())
                .isEqualTo(100 * LossEvaluator.lossGivenOneActive(100, 50, result.wIn(), result.wOut(), new float[100 * 100]));
    }
}
