package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EffectiveRankTest {

    @Test
    void identityHasFullEffectiveRank() {
        // n equal singular values: p_i = 1/n, H = ln n, erank = n.
        assertThat(EffectiveRank.of(TestMatrices.identity(100), 100, 100)).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void rankOneHasEffectiveRankOne() {
        // u vᵀ with u = (1, 2, 3), v = (1, −1): one nonzero singular value.
        double[] a = {1, -1, 2, -2, 3, -3};
        assertThat(EffectiveRank.of(a, 3, 2)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void handWorkedDiagonalCase() {
        // diag(3, −1, 0): σ = (3, 1, 0), p = (3/4, 1/4, 0),
        // H = −(3/4) ln(3/4) − (1/4) ln(1/4) = 0.215762… + 0.346574… = 0.562335…, erank = 1.754765…
        double[] a = {3, 0, 0, 0, -1, 0, 0, 0, 0};
        assertThat(EffectiveRank.of(a, 3, 3)).isCloseTo(1.7547653, within(1e-7));
        assertThat(EffectiveRank.ofSingularValues(new double[] {3, 1, 0})).isCloseTo(1.7547653, within(1e-7));
    }

    @Test
    void zeroMatrixIsRejected() {
        assertThatThrownBy(() -> EffectiveRank.ofSingularValues(new double[] {0, 0})).hasMessageContaining("zero");
    }
}
