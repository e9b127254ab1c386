package org.ccsweep.model.task.cc.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;

import java.util.List;

/**
 * Trains a {@link GpuGroup} on one GPU: all members' weights, AdamW moments and curves stay in device
 * memory for the whole training, each step is three launches for the whole group (sample_batches: a
 * block per distinct seed; label_moments: a block per (seed, M) pair; train_step: a block per member),
 * and the weights and curves are copied back once at the end. Every sum has a fixed order and every
 * float operation its own rounding, so each member is meant to get {@link ReferenceTrainer}'s bits,
 * whatever its group or GPU: KernelEmulationTest checks the kernels' sources on the host, CudaTrainerTest
 * on a GPU.
 *
 * <p>Why this algorithm, for an H200 (~60 TFLOP/s fp32, 4.8 TB/s, 50 MB L2, 132 SMs, 228 KB shared
 * memory each), the paper's recipe (B = 2048, p = 0.01, n = 100, d = 50):
 * <ul>
 *   <li><b>Batches on the device, per distinct seed.</b> Members with the same seed share their batches
 *       (a Figure 5 right sweep: 410 runs, 5 seeds). Drawn on the host instead, a batch costs ~20 µs
 *       (CPU sampler, bench/README) and ~24 KB of transfer: 4096 distinct seeds would need ~80 ms of one
 *       core and ~100 MB over PCIe per step, more than the whole step on the GPU (a few ms). The device
 *       port draws the CPU's very numbers (SplitMix64 is counter-based: one thread per draw), so the
 *       GPU trains on exactly the batches of {@link org.ccsweep.model.task.cc.RunExecutor}.</li>
 *   <li><b>Gram form, single-feature samples grouped.</b> A batch has ~1,300 non-empty samples, ~760 of
 *       them with one active feature; those become ≤ 2n weighted group rows, leaving ~740 rows. The direct
 *       form costs 3 · rows · n · d ≈ 19.5 M multiply-adds per model and step; the Gram form d(d + 1)/2
 *       + d² per row plus ~1.5 M fixed (G, K, S · W_out, M · U): ≈ 4.3 M. At 4096 models and 10,000
 *       steps that is 1.8 · 10¹⁴ multiply-adds, ~6 s at peak; the target (100,000 trainings per hour)
 *       allows 3.6 µs per model-step, 5x the Gram form's 0.72 µs at a fifth of peak.</li>
 *   <li><b>One block per model, everything in shared memory</b> (102 KB: W_in, label table, K, G, a tile
 *       of 50 rows): the rows stream through the tile, S and the scatters P, N, ∂W_in accumulate in
 *       registers in a fixed order (no atomics), and AdamW runs in the same launch. Weights touch
 *       global memory once per step (~40 KB read, ~120 KB of weights and moments written).</li>
 * </ul>
 * Use it from the thread that opened the {@link CudaDevice}.
 */
public final class CudaGroupTrainer implements GroupTrainer {
    private final CudaDevice device;

    public CudaGroupTrainer(CudaDevice device) {
        this.device = device;
    }

    /**
     * Trains every member; the result i is member i's.
     *
     * @throws IllegalStateException when a batch exceeded the device buffers ({@link LayoutCapacity})
     */
    @Override
    public List<TrainedMember> train(GpuGroup group) {
        GroupPlan plan = GroupPlan.of(group);
        try (DeviceStreams streams = new DeviceStreams(device, group, plan, LayoutCapacity.of(group));
                DeviceGroup models = new DeviceGroup(device, group, plan)) {
            for (int t = 0; t < group.steps(); t++) {
                streams.draw();
                models.step(streams, t);
            }
            cuCtxSynchronize();
            streams.checkCapacity();
            return models.download();
        }
    }
}
