package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ccsweep.model.run.VectorSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API loops give the bits of {@link Lanes.Scalar} (what a JVM without the module runs) at lengths below,
 * at and past a block, on values that include 0, −0, subnormals and numbers whose products round differently when
 * fused; and the lane order's sums are the sums (within float rounding of a double reference), whatever the run is
 * cut into. The test JVM has the module (the build passes it), so the TMS step tests run the vector path.
 */
class LanesTest {
    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {1, 15, 16, 48, 100, 1024})
    void vectorLoopsGiveTheScalarBits(int length) {
        assertThat(VectorSupport.ENABLED && LaneVectors.supported()).as("the build runs tests with the Vector API").isTrue();
        Random random = new Random(length);
        float a = 0.3f + random.nextFloat();
        float[] x = values(random, length + 7);
        float[] y = values(random, length + 3);
        int full = length - length % Lanes.LANES;

        float[] vectorY = y.clone();
        int done = LaneVectors.axpy(a, x, 7, vectorY, 3, length);
        Lanes.Scalar.axpy(a, x, 7 + done, vectorY, 3 + done, length - done);
        float[] scalarY = y.clone();
        Lanes.Scalar.axpy(a, x, 7, scalarY, 3, length);
        assertThat(vectorY).containsExactly(scalarY);

        float[] vectorLanes = values(random, 20);
        float[] scalarLanes = vectorLanes.clone();
        LaneVectors.dot(x, 7, y, 3, full, vectorLanes, 4);
        Lanes.Scalar.dot(x, 7, y, 3, full, scalarLanes, 4);
        assertThat(vectorLanes).containsExactly(scalarLanes);

        LaneVectors.sum(x, 5, full, vectorLanes, 2);
        Lanes.Scalar.sum(x, 5, full, scalarLanes, 2);
        assertThat(vectorLanes).containsExactly(scalarLanes);

        float[] vectorZ = y.clone();
        float[] scalarZ = y.clone();
        LaneVectors.residual(vectorZ, 3, x, 7, full, a, vectorLanes);
        Lanes.Scalar.residual(scalarZ, 3, x, 7, full, a, scalarLanes);
        assertThat(vectorZ).containsExactly(scalarZ);
        assertThat(vectorLanes).containsExactly(scalarLanes);

        float[] uniforms = new float[length];
        for (int s = 0; s < length; s++) {
            uniforms[s] = random.nextFloat();
        }
        float[] vectorU = uniforms.clone();
        done = LaneVectors.threshold(vectorU, 0, length, 0.3f);
        Lanes.Scalar.threshold(vectorU, done, length - done, 0.3f);
        float[] scalarU = uniforms.clone();
        Lanes.Scalar.threshold(scalarU, 0, length, 0.3f);
        assertThat(vectorU).containsExactly(scalarU);
    }

    /** A dot product cut into runs of 96 and a tail, as the step cuts its batch, is the dot product up to rounding. */
    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {5, 96, 1000})
    void cutSumsAreTheSum(int length) {
        Random random = new Random(7 * length);
        float[] x = new float[length];
        float[] y = new float[length];
        double reference = 0.0;
        for (int s = 0; s < length; s++) {
            x[s] = random.nextFloat() - 0.5f;
            y[s] = random.nextFloat();
            reference += (double) x[s] * y[s];
        }
        float[] lanes = new float[Lanes.LANES];
        float[] tail = new float[1];
        for (int from = 0; from < length; from += 96) {
            int run = Math.min(96, length - from);
            Lanes.dot(x, from, y, from, run, lanes, 0, tail, 0);
        }
        assertThat((double) Lanes.total(lanes, 0, tail[0])).isCloseTo(reference, within(1e-6 * length));
    }

    /** Gaussian values, with 0, −0, a subnormal and values whose products round differently when fused mixed in. */
    private static float[] values(Random random, int length) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        float[] special = {0f, -0f, Float.MIN_VALUE * 3, 1 + 0x1p-23f, 1 - 0x1p-24f};
        for (int i = 0; i < Math.min(length, special.length); i++) {
            v[(i * 7) % length] = special[i];
        }
        return v;
    }
}
