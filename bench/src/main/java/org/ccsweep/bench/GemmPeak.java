package org.ccsweep.bench;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The sgemm peak of this JVM's ND4J/BLAS threads: C = A · B into a preallocated 'f'-order C, best of a few. */
public final class GemmPeak {
    private GemmPeak() {
    }

    /** @return GFLOP/s of the fastest of {@code repeats} size³ products (2·size³ FLOPs each), after one warm-up */
    public static double measureGflops(int size, int repeats) {
        long[] shape = {size, size};
        INDArray a = Nd4j.rand(Nd4j.createUninitialized(DataType.FLOAT, shape, 'f'));
        INDArray b = Nd4j.rand(Nd4j.createUninitialized(DataType.FLOAT, shape, 'f'));
        INDArray c = Nd4j.createUninitialized(DataType.FLOAT, shape, 'f');
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        long best = Long.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            best = Math.min(best, System.nanoTime() - start);
        }
        return 2.0 * size * size * (double) size / best;
    }
}
