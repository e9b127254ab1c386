package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SvdTest {

    @Test
    void handWorkedDiagonalCase() {
        // A = diag(3, −2): s = (3, 2), U = I, and the sign of −2 moves into V_2 (U_2 = e_2 is kept positive).
        Svd svd = Svd.of(new double[] {3, 0, 0, -2}, 2, 2);
        assertThat(svd.s()).containsExactly(new double[] {3, 2}, within(1e-14));
        assertThat(svd.u()).containsExactly(new double[] {1, 0, 0, 1}, within(1e-14));
        assertThat(svd.v()).containsExactly(new double[] {1, 0, 0, -1}, within(1e-14));
    }

    @Test
    void factorsAreOrthonormalDescendingAndReconstructTallAndWideMatrices() {
        int[][] shapes = {{7, 4}, {4, 7}, {30, 30}};
        for (int[] shape : shapes) {
            int rows = shape[0];
            int cols = shape[1];
            double[] a = TestMatrices.gaussian(rows, cols, 1.0, 11L + rows);
            Svd svd = Svd.of(a, rows, cols);
            int r = Math.min(rows, cols);
            assertThat(TestMatrices.gram(svd.u(), rows, r)).containsExactly(TestMatrices.identity(r), within(1e-12));
            assertThat(TestMatrices.gram(svd.v(), cols, r)).containsExactly(TestMatrices.identity(r), within(1e-12));
            for (int i = 1; i < r; i++) {
                assertThat(svd.s()[i]).isLessThanOrEqualTo(svd.s()[i - 1]).isGreaterThanOrEqualTo(0.0);
            }
            assertThat(svd.truncated(r)).containsExactly(a, within(1e-12));
        }
    }

    @Test
    void squaredSingularValuesAreTheEigenvaluesOfTheGramMatrix() {
        // An independent route: syev on AᵀA instead of gesvd on A.
        double[] a = TestMatrices.gaussian(9, 6, 1.0, 3L);
        Svd svd = Svd.of(a, 9, 6);
        SymmetricEigen eigen = SymmetricEigen.of(TestMatrices.gram(a, 9, 6), 6);
        for (int i = 0; i < 6; i++) {
            assertThat(svd.s()[i] * svd.s()[i]).isCloseTo(eigen.values()[i], within(1e-11));
        }
    }

    @Test
    void aNaNEntryIsAnArithmeticErrorNamingTheRoutine() {
        assertThatThrownBy(() -> Svd.of(new double[] {1, 0, 0, Double.NaN}, 2, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("dgesvd").hasMessageContaining("info = ");
    }
}
