package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.function.Consumer;
import org.ccsweep.model.run.VectorSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API kernels give the bits of FloatKernels' scalar loops ({@code FloatKernels.Scalar},
 * what a JVM without the module runs), at widths below, at and past a vector, with d = 50 among
 * them, on values that include 0, −0, subnormals and numbers whose products round differently when
 * fused. The test JVM has the module (the build passes it), so {@link VectorSupport#ENABLED} must be
 * true here, and the step tests run the vector path.
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

        float[] flat = values(random, 3 * width + 5);
        int offset = width + 3;
        same(v -> VectorKernels.axpyFrom(a, v[0], offset, v[1]), s -> FloatKernels.Scalar.axpyFrom(a, s[0], offset, s[1]),
                flat, y);
        same(v -> VectorKernels.scaleAdd(a, v[0], v[1], v[2], v[3]),
                s -> FloatKernels.Scalar.scaleAdd(a, s[0], s[1], s[2], s[3]), x, w, y, z);
        same(v -> VectorKernels.dotLanes(v[0], v[1], v[2]), s -> FloatKernels.Scalar.dotLanes(s[0], s[1], s[2]), x, w, z);
        same(v -> VectorKernels.addDifference(v[0], offset, 1, v[1]), s -> FloatKernels.Scalar.addDifference(s[0], offset, 1, s[1]),
                flat, y);
        float[] t = values(random, width);
        float[] u = values(random, width);
        same(v -> inPlace(v, 3, hidden -> VectorKernels.singleRow(a, v[0], v[1], v[2], hidden, v[4], offset)),
                s -> inPlace(s, 3, hidden -> FloatKernels.Scalar.singleRow(a, s[0], s[1], s[2], hidden, s[4], offset)),
                x, t, z, flat, values(random, 3 * width + 5));
        float b = -0.7f - random.nextFloat();
        same(v -> inPlace(v, 6, hidden -> VectorKernels.pairRow(a, v[0], v[1], v[2], b, v[3], v[4], v[5], hidden, v[7], offset)),
                s -> inPlace(s, 6, hidden -> FloatKernels.Scalar.pairRow(a, s[0], s[1], s[2], b, s[3], s[4], s[5], hidden, s[7],
                        offset)),
                x, t, z, w, u, y, flat, values(random, 3 * width + 5));
        float[] groupA = values(random, 2 * width + 1);
        float[] labels = values(random, 3 * width + 5);
        for (float sign : new float[] {1f, -1f}) {
            same(v -> inPlace(v, 3, hidden -> inPlace(v, 5, rows -> VectorKernels.groupRow(sign, a, v[0], v[1], v[2], hidden,
                            v[4], rows, offset, width + 1))),
                    s -> inPlace(s, 3, hidden -> inPlace(s, 5, rows -> FloatKernels.Scalar.groupRow(sign, a, s[0], s[1], s[2],
                            hidden, s[4], rows, offset, width + 1))),
                    x, w, z, flat, labels, groupA);
        }
        float c = 1e-3f * (1f + random.nextFloat());
        float[] hg = values(random, 2 * width + 1);
        float[] h = values(random, 2 * width + 1);
        float[] labelRows = values(random, 2 * width + 1);
        same(v -> inPlace(v, 0, hgBytes -> inPlace(v, 2, hBytes -> VectorKernels.dzRows(c, hgBytes, v[1], hBytes,
                        2 * width + 1))),
                s -> inPlace(s, 0, hgBytes -> inPlace(s, 2, hBytes -> FloatKernels.Scalar.dzRows(c, hgBytes, s[1], hBytes,
                        2 * width + 1))),
                hg, labelRows, h);
    }

    /**
     * {@code manyRow} on rows of 3, 4 and 1 entries (features distinct within a row, both signs, so
     * that label and scatter rows j and n + j are both used): the scatter rows, the label rows and the
     * native hidden rows match the scalar loops' bits, and on the row of 3 so do both {@code tripleRow}s.
     */
    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {1, 7, 16, 33, 50, 64})
    void manyRowGivesTheScalarLoopsBits(int width) {
        Random random = new Random(31 + width);
        int n = 6;
        float[][] wInRows = rows(random, n, width);
        float[][] labelTable = rows(random, 2 * n, width);
        float[][] scatter = rows(random, 2 * n, width);
        int[] features = {0, 2, 5, 1, 3, 4, 5, 2};
        float[] values = {0.7f, -1.3f, 0.4f, -0.2f, 2.5f, -0f, 1e-30f, -0.9f};
        int[][] entries = {{0, 3}, {3, 7}, {7, 8}};
        int offset = width + 3;
        for (int[] row : entries) {
            float[][] vectorScatter = copies(scatter);
            float[][] scalarScatter = copies(scatter);
            float[] labels = values(random, 3 * width + 5);
            float[] vectorLabels = labels.clone();
            float[] scalarLabels = labels.clone();
            float[] initialHidden = values(random, 3 * width + 5);
            float[][] vectorHidden = {initialHidden.clone()};
            float[][] scalarHidden = {initialHidden.clone()};
            inPlace(vectorHidden, 0, hidden -> VectorKernels.manyRow(features, values, row[0], row[1], wInRows, labelTable,
                    vectorScatter, hidden, vectorLabels, offset, new float[width]));
            inPlace(scalarHidden, 0, hidden -> FloatKernels.Scalar.manyRow(features, values, row[0], row[1], wInRows,
                    labelTable, scalarScatter, hidden, scalarLabels, offset, new float[width]));
            for (int g = 0; g < 2 * n; g++) {
                assertSameBits(vectorScatter[g], scalarScatter[g]);
            }
            assertSameBits(vectorLabels, scalarLabels);
            assertSameBits(vectorHidden[0], scalarHidden[0]);
            if (row[1] - row[0] == 3) {
                tripleRowGivesManyRowsBits(features, values, row[0], wInRows, labelTable, scatter, labels, offset,
                        scalarScatter, scalarLabels, scalarHidden[0], initialHidden);
            }
        }
    }

    /**
     * tripleRow gives manyRow's bits (its scalar loops' outputs are the expected values): through its
     * dispatcher, which picks the rows and runs the vector kernel here, and as the scalar kernel on the
     * rows of each entry's feature and sign.
     */
    private static void tripleRowGivesManyRowsBits(int[] features, float[] values, int e, float[][] wInRows,
            float[][] labelTable, float[][] scatter, float[] labels, int offset, float[][] expectedScatter,
            float[] expectedLabels, float[] expectedHidden, float[] initialHidden) {
        assertThat(VectorSupport.ENABLED).as("the build runs tests with --add-modules jdk.incubator.vector").isTrue();
        for (boolean vector : new boolean[] {true, false}) {
            float[][] s = copies(scatter);
            float[] tripleLabels = labels.clone();
            float[][] tripleHidden = {initialHidden.clone()};
            float[][] w = new float[3][];
            float[][] t = new float[3][];
            float[][] sRows = new float[3][];
            for (int i = 0; i < 3; i++) {
                int feature = features[e + i];
                int group = values[e + i] > 0f ? feature : wInRows.length + feature;
                w[i] = wInRows[feature];
                t[i] = labelTable[group];
                sRows[i] = s[group];
            }
            inPlace(tripleHidden, 0, hidden -> {
                if (vector) {
                    FloatKernels.tripleRow(features, values, e, wInRows, labelTable, s, hidden, tripleLabels, offset);
                } else {
                    FloatKernels.Scalar.tripleRow(values[e], w[0], t[0], sRows[0], values[e + 1], w[1], t[1], sRows[1],
                            values[e + 2], w[2], t[2], sRows[2], hidden, tripleLabels, offset);
                }
            });
            for (int g = 0; g < scatter.length; g++) {
                assertSameBits(s[g], expectedScatter[g]);
            }
            assertSameBits(tripleLabels, expectedLabels);
            assertSameBits(tripleHidden[0], expectedHidden);
        }
    }

    private static float[][] rows(Random random, int count, int width) {
        float[][] rows = new float[count][];
        for (int r = 0; r < count; r++) {
            rows[r] = values(random, width);
        }
        return rows;
    }

    /**
     * Runs {@code kernel} on a direct buffer holding {@code arrays[index]} in native order (as the step's
     * native rows) and copies the buffer back into the array.
     */
    private static void inPlace(float[][] arrays, int index, Consumer<ByteBuffer> kernel) {
        float[] a = arrays[index];
        ByteBuffer buffer = ByteBuffer.allocateDirect(Float.BYTES * a.length).order(ByteOrder.nativeOrder());
        buffer.asFloatBuffer().put(a);
        kernel.accept(buffer);
        buffer.asFloatBuffer().get(a);
    }

    /** Runs both kernels on their own copies of the arrays and compares every array afterwards, bit for bit. */
    private static void same(Consumer<float[][]> vector, Consumer<float[][]> scalar, float[]... arrays) {
        float[][] v = copies(arrays);
        float[][] s = copies(arrays);
        vector.accept(v);
        scalar.accept(s);
        for (int i = 0; i < arrays.length; i++) {
            assertSameBits(v[i], s[i]);
        }
    }

    private static float[][] copies(float[][] arrays) {
        float[][] copy = new float[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            copy[i] = arrays[i].clone();
        }
        return copy;
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
