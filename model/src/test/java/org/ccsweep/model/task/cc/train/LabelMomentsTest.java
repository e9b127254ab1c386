package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The loop-free label moments of two- and three-feature samples ({@code addPair}, {@code addTriple})
 * give the bits of the general {@code add}, as their javadoc says, on random samples of a random M.
 */
class LabelMomentsTest {
    private static final int N = 12;

    @Test
    void pairsAndTriplesGiveTheGeneralLoopsBits() {
        Random random = new Random(5);
        float[] mixing = new float[N * N];
        for (int i = 0; i < mixing.length; i++) {
            mixing[i] = (float) random.nextGaussian();
        }
        LabelMoments special = new LabelMoments(N, mixing);
        LabelMoments general = new LabelMoments(N, mixing);
        for (int sample = 0; sample < 200; sample++) {
            int k = 2 + sample % 2;
            int[] features = distinctFeatures(random, k);
            float[] values = new float[k];
            for (int e = 0; e < k; e++) {
                values[e] = random.nextFloat() * 2f - 1f;
            }
            if (k == 2) {
                special.addPair(features[0], values[0], features[1], values[1]);
            } else {
                special.addTriple(features[0], values[0], features[1], values[1], features[2], values[2]);
            }
            general.add(features, values, 0, k);
            for (double sAbs : new double[] {0.0, 0.02, 1.5}) {
                assertThat(Double.doubleToRawLongBits(special.labelNorm(sAbs))).as("Σ ‖y‖² after %d samples", sample + 1)
                        .isEqualTo(Double.doubleToRawLongBits(general.labelNorm(sAbs)));
                assertThat(Double.doubleToRawLongBits(special.labelDotMixed(sAbs))).as("Σ y · Mx after %d samples",
                        sample + 1).isEqualTo(Double.doubleToRawLongBits(general.labelDotMixed(sAbs)));
            }
        }
    }

    private static int[] distinctFeatures(Random random, int k) {
        int[] features = new int[k];
        for (int e = 0; e < k; e++) {
            int j;
            boolean repeated;
            do {
                j = random.nextInt(N);
                repeated = false;
                for (int f = 0; f < e; f++) {
                    repeated |= features[f] == j;
                }
            } while (repeated);
            features[e] = j;
        }
        return features;
    }
}
