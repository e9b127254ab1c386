package org.ccsweep.model.task;

import java.io.Serializable;

/**
 * Which device a task's group trainer opens ({@link Task#openGroupDevice}): a CUDA GPU by its ordinal on
 * the executor, or the Java reference of the same algorithm on the CPU (the GPU's bits, slowly: for checks
 * where there is no GPU, not for sweeps).
 *
 * @param onCpu     whether it is the CPU reference
 * @param ordinal   the CUDA device's ordinal (ignored by the reference)
 */
public record DeviceChoice(boolean onCpu, int ordinal) implements Serializable {
    public DeviceChoice {
        if (ordinal < 0) {
            throw new IllegalArgumentException("a CUDA device ordinal is ≥ 0, got " + ordinal);
        }
    }

    public static DeviceChoice cuda(int ordinal) {
        return new DeviceChoice(false, ordinal);
    }

    public static DeviceChoice reference() {
        return new DeviceChoice(true, 0);
    }
}
