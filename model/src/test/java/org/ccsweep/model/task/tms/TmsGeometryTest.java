package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Dimensionalities and D* of the paper's named configurations, worked by hand. */
class TmsGeometryTest {

    @Test
    void antipodalPairHasHalfADimensionEach() {
        TmsGeometry g = TmsGeometry.of(2, 1, new float[] {1f, -1f});
        assertThat(g.dimensionality()).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
        assertThat(g.norms()).containsExactly(new double[] {1, 1}, within(1e-12));
        assertThat(g.dimensionsPerFeature()).isEqualTo(0.5);
    }

    /** Five unit vectors at 72°: Σ_j cos²(72° (j − i)) = 5/2, so D = 1 / (5/2) = 2/5; D* = 2 / 5. */
    @Test
    void regularPentagonHasTwoFifths() {
        float[] w = new float[10];
        for (int i = 0; i < 5; i++) {
            w[2 * i] = (float) Math.cos(2 * Math.PI * i / 5);
            w[2 * i + 1] = (float) Math.sin(2 * Math.PI * i / 5);
        }
        TmsGeometry g = TmsGeometry.of(5, 2, w);
        for (double d : g.dimensionality()) {
            assertThat(d).isCloseTo(0.4, within(1e-6));
        }
        assertThat(g.dimensionsPerFeature()).isCloseTo(0.4, within(1e-6));
    }

    /**
     * Two orthogonal features of norms 2 and 1, a short one (0.1) along the first and an almost unlearnt one (0.001)
     * along the second: the long one shares its direction with the short one, D_0 = 4 / (4 + 0.01), and the short one
     * is dwarfed by it, D_2 = 0.01 / 4.01; likewise D_1 = 1 / (1 + 1e-6) and D_3 = 1e-6 / (1 + 1e-6), about 0.
     */
    @Test
    void unequalNormsAndAnAlmostUnlearntFeature() {
        float[] w = {2f, 0f, 0f, 1f, 0.1f, 0f, 0f, 0.001f};
        TmsGeometry g = TmsGeometry.of(4, 2, w);
        assertThat(g.dimensionality()[0]).isCloseTo(4 / 4.01, within(1e-6));
        assertThat(g.dimensionality()[1]).isCloseTo(1 / (1 + 1e-6), within(1e-9));
        assertThat(g.dimensionality()[2]).isCloseTo(0.01 / 4.01, within(1e-6));
        assertThat(g.dimensionality()[3]).isCloseTo(1e-6 / (1 + 1e-6), within(1e-9));
        assertThat(g.norms()[3]).isCloseTo(0.001, within(1e-9));
        assertThat(g.dimensionsPerFeature()).isCloseTo(2 / (4 + 1 + 0.01 + 1e-6), within(1e-6));
    }

    /** As in the notebook, a feature whose whole W is zero has 0 / 0: NaN (a null in tms_features). */
    @Test
    void zeroWeightsHaveNoDimensionality() {
        TmsGeometry g = TmsGeometry.of(2, 1, new float[2]);
        assertThat(g.dimensionality()[0]).isNaN();
    }
}
