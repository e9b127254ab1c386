package org.ccsweep.model.task.cc.gpu;

import java.util.List;

/**
 * Trains a {@link GpuGroup}: {@link CudaGroupTrainer} on a GPU, or {@code ReferenceTrainer::train}, the same
 * algorithm in Java on the CPU with the same bits. What the sweep's group path
 * ({@link org.ccsweep.model.task.cc.CcGroupDevice}) trains with.
 */
@FunctionalInterface
public interface GroupTrainer {
    /** Trains every member; the result i is member i's. */
    List<TrainedMember> train(GpuGroup group);
}
