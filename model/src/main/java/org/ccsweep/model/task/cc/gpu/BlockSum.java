package org.ccsweep.model.task.cc.gpu;

/**
 * The kernels' block sums in Java, to their bits (cc_device.cuh's block_sum): thread t of THREADS adds
 * terms t, t + THREADS, t + 2 · THREADS, ... in that order, then the THREADS partial sums are added in a
 * tree, partial[t] += partial[t + stride] for stride = THREADS / 2, ..., 1.
 */
final class BlockSum {
    private static final int THREADS = KernelShape.THREADS;

    private BlockSum() {
    }

    /** The block sum of terms[0..count − 1] spread over the threads as above. */
    static double strided(double[] terms, int count) {
        double[] partial = new double[THREADS];
        for (int i = 0; i < count; i++) {
            partial[i % THREADS] += terms[i];
        }
        return tree(partial);
    }

    /** The tree sum of THREADS partial sums (consumed). */
    static double tree(double[] partial) {
        for (int stride = THREADS / 2; stride > 0; stride /= 2) {
            for (int t = 0; t < stride; t++) {
                partial[t] = partial[t] + partial[t + stride];
            }
        }
        return partial[0];
    }
}
