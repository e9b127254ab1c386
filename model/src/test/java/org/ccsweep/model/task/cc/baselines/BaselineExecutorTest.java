package org.ccsweep.model.task.cc.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.junit.jupiter.api.Test;

/** Baseline tasks at n = 20, d = 10: the naive profile is flat and analytic, the others are wired to their models. */
class BaselineExecutorTest {
    private static final int N = 20;
    private static final int D = 10;
    private static final double[] P = {0.01, 0.1, 0.5, 1.0};
    private static final EvalPrecision PRECISION = new EvalPrecision(0.01, 200, 200_000);

    private static BaselineSpec spec(BaselineKind kind, MixingKind mixing, double sigma) {
        return new BaselineSpec(kind, N, D, 30, mixing, null, sigma, 3L, 4L, P, PRECISION,
                kind == BaselineKind.SEMI_NMF ? new BaselineSpec.SemiNmf(200, 1e-9) : null,
                kind == BaselineKind.NAIVE_OFFSET
                        ? new BaselineSpec.OffsetSearch(new double[] {0.05, 1.0}, new double[] {0, 0.1, 0.2, 0.3}, 1e-3, 300)
                        : null);
    }

    @Test
    void naiveOnCleanLabelsCostsOneSixthPerDroppedFeatureAtEveryP() {
        // L = p (n − d) / (6n) exactly, so L/p = (n − d) / (6n) = 1/12 at every p.
        LossProfile profile = BaselineExecutor.execute(spec(BaselineKind.NAIVE, MixingKind.CLEAN, 0)).profile();
        for (int q = 0; q < P.length; q++) {
            assertThat(profile.lossPerFeature()[q]).isCloseTo(1.0 / 12, within(4 * profile.stderr()[q] + 1e-12));
        }
    }

    @Test
    void semiNmfIsProfiledOnTheSeedsMAndEvalStream() {
        BaselineSpec spec = spec(BaselineKind.SEMI_NMF, MixingKind.SYMMETRIC, 0.1);
        SeedStreams streams = new SeedStreams(3L, 4L);
        float[] scaled = MixingMatrix.build(MixingKind.SYMMETRIC, N, 30, null, streams.mixing());
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (float) (0.1 * scaled[i]);
        }
        SemiNmfModel m = SemiNmfModel.of(N, D, scaled, 200, 1e-9);
        LossProfile expected = LossEvaluator.profile(N, D, m.wIn(), m.wOut(), scaled, P, PRECISION, streams.eval());
        assertThat(BaselineExecutor.execute(spec).profile().lossPerFeature()).containsExactly(expected.lossPerFeature());
    }

    @Test
    void optimalOffsetBeatsTheNaiveModelInTheDenseRegimeOnly() {
        BaselineResult offset = BaselineExecutor.execute(spec(BaselineKind.NAIVE_OFFSET, MixingKind.CLEAN, 0));
        assertThat(offset.profile().pEval()).containsExactly(0.05, 1.0);
        assertThat(offset.scans()).hasSize(2);
        assertThat(offset.scans().get(1).stderr()).hasSize(4);
        // At p = 1 every feature is on: the offset guesses ReLU(x_j) from the others and pays well.
        assertThat(offset.offsets()[1]).isBetween(0.01, 0.3);
        assertThat(offset.profile().lossPerFeature()[1]).isLessThan(0.9 / 12);
        // At p = 0.05 (about one active feature) an offset has little to guess from: the optimum is near 0.
        assertThat(offset.offsets()[0]).isLessThan(0.05);
        // NaiveOffsetModelTest's closed form at n = 20, d = 10, p = 0.05 puts the optimum at b* = 0.016, only 2.5e-4
        // below 1/12, and L/p is estimated here with an SE of 4e-5 (measured: 0.08312 at b = 0.013, 2.1e-4 below
        // 1/12): 5e-4 is that gain plus 6 SE.
        assertThat(offset.profile().lossPerFeature()[0]).isCloseTo(1.0 / 12, within(5e-4));
    }

    @Test
    void theIdIgnoresNothingButTheSeedsAreBlankedForThePoint() {
        BaselineSpec a = spec(BaselineKind.SVD, MixingKind.ASYMMETRIC, 0.02);
        assertThat(a.id()).isNotEqualTo(spec(BaselineKind.SVD, MixingKind.ASYMMETRIC, 0.03).id())
                .isNotEqualTo(spec(BaselineKind.NAIVE, MixingKind.ASYMMETRIC, 0.02).id()).hasSize(16);
        assertThat(a.withoutSeeds().seed()).isZero();
        assertThat(a.withoutSeeds().canonical()).contains(";seed=0;mixingSeed=0;");
    }

    @Test
    void aScaleThatOverflowsFloatFailsEveryKindWithItsReason() {
        // |σ| M with σ = 1e39 is infinite in float: the naive model's labels, and so its L/p, are not finite,
        // and LAPACK cannot factorise I + M_sᵀ for the SVD (and the semi-NMF's SVD start).
        assertThatThrownBy(() -> BaselineExecutor.execute(spec(BaselineKind.NAIVE, MixingKind.ASYMMETRIC, 1e39)))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("the NAIVE baseline's L/p at p_eval = 0.01 is not finite");
        assertThatThrownBy(() -> BaselineExecutor.execute(spec(BaselineKind.SVD, MixingKind.ASYMMETRIC, 1e39)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("dgesvd");
        assertThatThrownBy(() -> BaselineExecutor.execute(spec(BaselineKind.SEMI_NMF, MixingKind.ASYMMETRIC, 1e39)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("dgesvd");
    }
}
