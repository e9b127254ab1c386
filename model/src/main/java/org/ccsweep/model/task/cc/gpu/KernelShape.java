package org.ccsweep.model.task.cc.gpu;

/**
 * The kernels' compile-time shape, as model/src/main/cuda/cc_device.cuh defines it (KernelShapeTest reads
 * the header): the host launches and the reference's sums follow it.
 */
final class KernelShape {
    /** Threads per block of every kernel; block sums add this many partial sums in a fixed tree. */
    static final int THREADS = 256;
    /** Layout rows per tile of train_step. */
    static final int TILE_ROWS = 50;
    /** S = Σ w · h · hᵀ is summed in this many interleaved chains, row r into chain r % S_CHAINS. */
    static final int S_CHAINS = 4;
    /** train_step's dynamic shared memory: W_in, Yp, K (n × d), G (d × d), a tile of 3 × TILE_ROWS × d
     * floats, and THREADS doubles. */
    static final int TRAIN_STEP_SHARED_BYTES = (3 * GpuGroup.N_FEATURES * GpuGroup.D_MLP
            + GpuGroup.D_MLP * GpuGroup.D_MLP + 3 * TILE_ROWS * GpuGroup.D_MLP) * Float.BYTES + THREADS * Double.BYTES;

    private KernelShape() {
    }
}
