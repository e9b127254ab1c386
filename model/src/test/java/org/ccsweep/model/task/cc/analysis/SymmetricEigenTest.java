package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void handWorkedTwoByTwo() {
        // [[2, 1], [1, 2]]: eigenvalues 3 and 1, eigenvectors (1, 1)/√2 and (1, −1)/√2 (first entry positive).
        SymmetricEigen eigen = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2);
        double h = Math.sqrt(0.5);
        assertThat(eigen.values()).containsExactly(new double[] {3, 1}, within(1e-14));
        assertThat(eigen.vectors()).containsExactly(new double[] {h, h, h, -h}, within(1e-14));
    }

    @Test
    void vectorsAreOrthonormalAndSatisfyTheEigenEquationInDescendingOrder() {
        int n = 40;
        double[] g = TestMatrices.gaussian(n, n, 1.0, 7L);
        double[] a = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r * n + c] = 0.5 * (g[r * n + c] + g[c * n + r]);
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(a, n);
        assertThat(TestMatrices.gram(eigen.vectors(), n, n)).containsExactly(TestMatrices.identity(n), within(1e-12));
        double[] ae = Matrices.multiply(a, n, n, eigen.vectors(), n);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                assertThat(eigen.values()[i]).isLessThanOrEqualTo(eigen.values()[i - 1]);
            }
            for (int r = 0; r < n; r++) {
                assertThat(ae[r * n + i]).isCloseTo(eigen.values()[i] * eigen.vectors()[r * n + i], within(1e-12));
            }
        }
    }

    @Test
    void asymmetricInputIsRejected() {
        assertThatThrownBy(() -> SymmetricEigen.of(new double[] {1, 2, 3, 4}, 2)).hasMessageContaining("not symmetric");
    }

    @Test
    void aNaNEntryIsAnArithmeticErrorNamingTheRoutine() {
        assertThatThrownBy(() -> SymmetricEigen.of(new double[] {1, Double.NaN, Double.NaN, 1}, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("dsyevd").hasMessageContaining("info = ");
    }
}
