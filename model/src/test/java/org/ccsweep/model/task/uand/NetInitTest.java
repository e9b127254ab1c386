package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

/**
 * The three first layers are drawn as documented; statistical bounds are 5 standard errors of the fixed
 * seed's sample (the read-off's bound is exact).
 */
class NetInitTest {

    @Test
    void trainedLayerIsPyTorchsLinear() {
        Structure s = Structure.draw(40, 0, 0, 0, new Rng(1));
        Net net = Net.init(FirstLayer.TRAINED, s, 50, 0.0, new Rng(2));
        double bound = 1 / Math.sqrt(40);
        assertThat(largest(net.w1)).isLessThan(bound).isGreaterThan(0.9 * bound);
        assertThat(largest(net.b1)).isLessThan(bound).isGreaterThan(0.8 * bound);
        assertThat(largest(net.w2)).isLessThan(1 / Math.sqrt(50)).isGreaterThan(0.9 / Math.sqrt(50));
        assertThat(net.w2.length).isEqualTo(50 * 780);
    }

    private static double largest(float[] a) {
        double largest = 0;
        for (float v : a) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    @Test
    void gaussianLayerHasUnitVarianceAndNoBias() {
        Structure s = Structure.draw(40, 0, 0, 0, new Rng(1));
        Net net = Net.init(FirstLayer.GAUSSIAN, s, 50, 0.0, new Rng(3));
        double sum = 0;
        double squares = 0;
        for (float w : net.w1) {
            sum += w;
            squares += w * w;
        }
        int n = net.w1.length;
        assertThat(sum / n).isCloseTo(0.0, within(5 / Math.sqrt(n)));
        assertThat(squares / n).isCloseTo(1.0, within(5 * Math.sqrt(2.0 / n)));
        assertThat(net.b1).containsOnly(0.0f);
    }

    @Test
    void constructionIsBinaryWithBiasMinusOne() {
        Structure direct = Structure.draw(40, 0, 0, 0, new Rng(1));
        Net net = Net.init(FirstLayer.CONSTRUCTION, direct, 50, 0.2, new Rng(4));
        int ones = 0;
        for (float w : net.w1) {
            assertThat(w).isIn(0.0f, 1.0f);
            ones += (int) w;
        }
        int n = net.w1.length;
        assertThat((double) ones / n).isCloseTo(0.2, within(5 * Math.sqrt(0.2 * 0.8 / n)));
        assertThat(net.b1).containsOnly(-1.0f);
    }

    @Test
    void constructionReadsEmbeddedInputsThroughTheEmbedding() {
        Structure embedded = Structure.draw(40, 0, 20, 0, new Rng(1));
        Net direct = Net.init(FirstLayer.CONSTRUCTION, Structure.draw(40, 0, 0, 0, new Rng(1)), 50, 0.2, new Rng(4));
        Net net = Net.init(FirstLayer.CONSTRUCTION, embedded, 50, 0.2, new Rng(4));
        float[] e = embedded.embedIn();
        for (int k = 0; k < 20; k++) {
            for (int c = 0; c < 50; c++) {
                double sum = 0;
                for (int i = 0; i < 40; i++) {
                    sum += e[i * 20 + k] * direct.w1[i * 50 + c];
                }
                assertThat((double) net.w1[k * 50 + c]).isCloseTo(sum, within(1e-5));
            }
        }
    }
}
