package org.ccsweep.model.task.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.train.DivergedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs trained together in lock-step give, bit for bit, what each gives alone. */
class LockstepTest {
    private static CcRun spec(double p, double sigma, boolean learnSigma, long seed, boolean analysis) {
        return CcSpecs.run(CcSpecs.paper(seed, seed).set(Keys.P_TRAIN, p).set(CcKeys.SIGMA, sigma)
                .set(CcKeys.LEARN_SIGMA, learnSigma).set(Keys.STEPS, 60).set(Keys.EVAL_P, new double[] {0.01, 0.1})
                .set(Keys.EVAL_TARGET_REL_SE, 0.01).set(Keys.EVAL_MAX_SAMPLES, 20_000L).set(Keys.CURVE_POINTS, 10)
                .set(CcKeys.ANALYSIS, analysis));
    }

    /**
     * p = 0.01 takes the sparse step with grouped single-feature samples (batch 2048), sharing one
     * batch layout; p = 0.1 the dense step. σ = 1e30 overflows the labels: that run fails alone.
     */
    @ParameterizedTest(name = "p={0}")
    @ValueSource(doubles = {0.01, 0.1})
    void eachRunOfAGroupIsTheRunAlone(double p) {
        List<CcRun> specs = List.of(spec(p, 0.01, false, 3, false), spec(p, 1e30, false, 3, false),
                spec(p, 0.03, true, 3, true));
        List<RunExecutor.Outcome> together = RunExecutor.executeTogether(specs);

        assertThat(together).extracting(RunExecutor.Outcome::spec).containsExactlyElementsOf(specs);
        assertThat(together.get(1).result()).isNull();
        assertThat(together.get(1).failure()).isInstanceOf(DivergedException.class);
        assertThatThrownBy(() -> RunExecutor.execute(specs.get(1))).isInstanceOf(DivergedException.class)
                .hasMessage(together.get(1).failure().getMessage());
        for (int i : new int[] {0, 2}) {
            CcResult group = together.get(i).result();
            CcResult alone = RunExecutor.execute(specs.get(i));
            assertThat(together.get(i).failure()).isNull();
            assertThat(group.wIn()).containsExactly(alone.wIn());
            assertThat(group.wOut()).containsExactly(alone.wOut());
            assertThat(group.curveLoss()).containsExactly(alone.curveLoss());
            assertThat(group.finalSigma()).isEqualTo(alone.finalSigma());
            assertThat(group.profile().loss()).containsExactly(alone.profile().loss());
            assertThat(group.oneActiveLossPerFeature()).isEqualTo(alone.oneActiveLossPerFeature());
        }
        assertThat(together.get(2).result().finalSigma()).isNotEqualTo((double) 0.03f);
        assertThat(together.get(2).result().analyses()).isNotNull();
    }

    @Test
    void onlyRunsThatDifferInSigmaShareAKey() {
        CcRun base = spec(0.01, 0.02, false, 1, false);
        assertThat(Lockstep.key(spec(0.01, 0.05, true, 1, true))).isEqualTo(Lockstep.key(base)).isPresent();
        assertThat(Lockstep.key(spec(0.01, 0.02, false, 2, false))).isNotEqualTo(Lockstep.key(base));
        assertThat(Lockstep.key(spec(0.02, 0.02, false, 1, false))).isNotEqualTo(Lockstep.key(base));
        assertThat(Lockstep.key(TestSpecs.small(10, 3e-3, false, 5, false))).isEmpty();
        assertThatThrownBy(() -> RunExecutor.executeTogether(List.of(base, spec(0.01, 0.02, false, 2, false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a lock-step group");
    }
}
