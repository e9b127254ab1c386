package org.ccsweep.model.task.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ccsweep.model.run.VectorSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API loops give the bits of {@link Lanes.Scalar} (what a JVM without the module runs): at lengths below,
 * at and past a vector and a block of 16, with row counts that leave remainders in the 4-row and 2 × 4-pair blocks,
 * on values that include 0, −0, a subnormal and numbers whose products round differently when fused. And the lane
 * order's sums are the sums (within float rounding of a double reference), whatever the run is cut into. The test
 * JVM has the module (the build passes it), so the TMS step tests run the vector path.
 */
class LanesTest {
    private static final int ROWS = 7;
    private static final int INNER = 6;

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {1, 15, 16, 40, 100, 1024})
    void vectorLoopsGiveTheScalarBits(int length) {
        assertThat(VectorSupport.ENABLED && LaneVectors.supported()).as("the build runs tests with the Vector API").isTrue();
        Random random = new Random(length);
        int stride = length + 3;
        float[] a = values(random, ROWS * INNER + 2);
        float[] in = values(random, INNER * stride + 5);
        float[] out = values(random, ROWS * stride + 1);
        float[] vectorOut = out.clone();
        int done = LaneVectors.rows(a, 2, INNER, 1, ROWS, INNER, in, 5, stride, vectorOut, 1, stride, length);
        assertVectorsDid(done, length);
        Lanes.Scalar.rows(a, 2, INNER, 1, ROWS, INNER, in, 5, stride, vectorOut, 1, stride, done, length);
        float[] scalarOut = out.clone();
        Lanes.Scalar.rows(a, 2, INNER, 1, ROWS, INNER, in, 5, stride, scalarOut, 1, stride, 0, length);
        assertThat(vectorOut).containsExactly(scalarOut);

        int full = length - length % Lanes.LANES;
        float[] x = values(random, ROWS * stride + 7);
        float[] y = values(random, 5 * stride);
        float[] vectorLanes = values(random, ROWS * 5 * Lanes.LANES);
        float[] scalarLanes = vectorLanes.clone();
        LaneVectors.dots(x, 7, stride, ROWS, y, 0, stride, 5, full, vectorLanes);
        Lanes.Scalar.dots(x, 7, stride, ROWS, y, 0, stride, 5, full, scalarLanes);
        assertThat(vectorLanes).containsExactly(scalarLanes);

        LaneVectors.sum(x, 5, full, vectorLanes, 2);
        Lanes.Scalar.sum(x, 5, full, scalarLanes, 2);
        assertThat(vectorLanes).containsExactly(scalarLanes);

        float[] vectorZ = y.clone();
        float[] scalarZ = y.clone();
        float scale = 0.3f + random.nextFloat();
        LaneVectors.residual(vectorZ, 3, x, 7, full, scale, vectorLanes);
        Lanes.Scalar.residual(scalarZ, 3, x, 7, full, scale, scalarLanes);
        assertThat(vectorZ).containsExactly(scalarZ);
        assertThat(vectorLanes).containsExactly(scalarLanes);

        float[] uniforms = new float[length];
        for (int s = 0; s < length; s++) {
            uniforms[s] = random.nextFloat();
        }
        float[] vectorU = uniforms.clone();
        done = LaneVectors.threshold(vectorU, 0, length, 0.3f);
        assertVectorsDid(done, length);
        Lanes.Scalar.threshold(vectorU, done, length - done, 0.3f);
        float[] scalarU = uniforms.clone();
        Lanes.Scalar.threshold(scalarU, 0, length, 0.3f);
        assertThat(vectorU).containsExactly(scalarU);
    }

    /**
     * The vector loop did every whole vector itself: its width divides the 16 lanes, so it went at least to the last
     * whole block of 16 (a loop that did nothing and left all to the scalar tail would compare the scalar loop with
     * itself).
     */
    private static void assertVectorsDid(int done, int length) {
        assertThat(done).as("elements the vector loop did").isBetween(length - length % Lanes.LANES, length);
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
            Lanes.dots(x, from, 0, 1, y, from, 0, 1, Math.min(96, length - from), lanes, tail);
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
