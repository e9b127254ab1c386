package org.ccsweep.model.task.cc.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatricesTest {

    @Test
    void multiplyIsTheRowMajorProductOfNonSquareMatrices() {
        // [[1, 2, 3], [4, 5, 6]] · [[1, 0], [0, 1], [1, −1]] = [[4, −1], [10, −1]], worked by hand.
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {1, 0, 0, 1, 1, -1};
        assertThat(Matrices.multiply(a, 2, 3, b, 2)).containsExactly(4, -1, 10, -1);
        // The other order, 3 × 2 times 2 × 3: [[1, 2, 3], [4, 5, 6], [−3, −3, −3]].
        assertThat(Matrices.multiply(b, 3, 2, a, 3)).containsExactly(1, 2, 3, 4, 5, 6, -3, -3, -3);
    }

    @Test
    void multiplyAgreesWithTheDefinitionOnAWideProduct() {
        int rows = 37;
        int inner = 50;
        int cols = 100;
        double[] a = TestMatrices.gaussian(rows, inner, 1.0, 1L);
        double[] b = TestMatrices.gaussian(inner, cols, 1.0, 2L);
        double[] product = Matrices.multiply(a, rows, inner, b, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sum = 0.0;
                for (int l = 0; l < inner; l++) {
                    sum += a[r * inner + l] * b[l * cols + c];
                }
                // 50 terms of order 1: a different summation order differs by a few ulps of ~10.
                assertThat(product[r * cols + c]).isCloseTo(sum, within(1e-12));
            }
        }
    }

    @Test
    void anEmptyInnerDimensionGivesZeros() {
        assertThat(Matrices.multiply(new double[0], 2, 0, new double[0], 3)).containsExactly(0, 0, 0, 0, 0, 0);
    }
}
