package org.ccsweep.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API kernels give the bits of FloatKernels' scalar loops (written out here as the
 * reference), at widths below, at and past a vector, with d = 50 among them, on values that include
 * 0, −0, subnormals and numbers whose products round differently when fused. The test JVM has the
 * module (the build passes it), so {@link VectorSupport#ENABLED} must be true here, and the step
 * tests run the vector path.
 */
class VectorKernelsTest {
    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {1, 7, 16, 33, 50, 64})
    void everyKernelGivesTheScalarLoopsBits(int width) {
        assertThat(VectorSupport.ENABLED).as("the build runs tests with --add-modules jdk.incubator.vector").isTrue();
        Random random = new Random(width);
        float a = 0.3f + random.nextFloat();
        float[] x = values(random, width);
        float[] w = values(random, width);
        float[] y = values(random, width);
        float[] z = values(random, width);

        float[] yv = y.clone();
        VectorKernels.axpy(a, x, yv);
        float[] ys = y.clone();
        for (int c = 0; c < width; c++) {
            ys[c] += a * x[c];
        }
        assertSameBits(yv, ys);

        float[] y2 = y.clone();
        float[] z2 = z.clone();
        VectorKernels.axpy2(a, x, y2, w, z2);
        assertSameBits(y2, ys);
        float[] zs = z.clone();
        for (int c = 0; c < width; c++) {
            zs[c] += a * w[c];
        }
        assertSameBits(z2, zs);

        VectorKernels.scale2(a, x, y2, w, z2);
        for (int c = 0; c < width; c++) {
            ys[c] = a * x[c];
            zs[c] = a * w[c];
        }
        assertSameBits(y2, ys);
        assertSameBits(z2, zs);

        VectorKernels.scaleAdd(a, x, w, y2, z2);
        for (int c = 0; c < width; c++) {
            ys[c] = a * x[c];
            zs[c] = w[c] + ys[c];
        }
        assertSameBits(y2, ys);
        assertSameBits(z2, zs);

        float[] lanes = z.clone();
        VectorKernels.dotLanes(x, w, lanes);
        float[] lanesScalar = z.clone();
        for (int c = 0; c < width; c++) {
            lanesScalar[c] += x[c] * w[c];
        }
        assertSameBits(lanes, lanesScalar);

        float[] h = x.clone();
        VectorKernels.relu(h);
        float[] hs = x.clone();
        for (int c = 0; c < width; c++) {
            hs[c] = Math.max(hs[c], 0f);
        }
        assertSameBits(h, hs);
    }

    private static float[] values(Random random, int width) {
        float[] v = new float[width];
        for (int c = 0; c < width; c++) {
            v[c] = switch (c % 5) {
                case 0 -> random.nextFloat() * 2f - 1f;
                case 1 -> (float) random.nextGaussian() * 1e3f;
                case 2 -> c % 2 == 0 ? -0f : 0f;
                case 3 -> Float.MIN_VALUE * (1 + random.nextInt(100)) * (random.nextBoolean() ? 1 : -1);
                default -> 1f + Math.ulp(1f) * random.nextInt(8);
            };
        }
        return v;
    }

    private static void assertSameBits(float[] actual, float[] expected) {
        for (int c = 0; c < expected.length; c++) {
            assertThat(Float.floatToRawIntBits(actual[c])).as("element %d: %s vs %s", c, actual[c], expected[c])
                    .isEqualTo(Float.floatToRawIntBits(expected[c]));
        }
    }
}
