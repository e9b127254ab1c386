package org.ccsweep.model.task.cc.gpu;

/**
 * One model of a {@link GpuGroup}: what differs between the models that train together.
 *
 * @param seed       the run seed: its init stream draws W_in then W_out (PyTorch's kaiming-uniform,
 *                   {@link org.ccsweep.model.task.cc.net.SimplifiedModel#init}) and its train stream the
 *                   batches ({@link org.ccsweep.model.run.SeedStreams}); members with the same seed share
 *                   their batches
 * @param sigma      the scale s of M_s = |s| · M; the initial value when learnt
 * @param learnSigma whether s is trained jointly with the weights (same AdamW)
 * @param mixing     the unscaled M, n × n row-major (the member's own copy; not to be modified)
 */
public record GpuMember(long seed, float sigma, boolean learnSigma, float[] mixing) {
    public GpuMember {
        mixing = mixing.clone();
    }
}
