package org.ccsweep.jobs.config;

/**
 * {@code engine.backend}: what runs train on. The driver groups the runs for it; each executor opens the
 * device when a group starts and records what trained it in {@code runs.backend}.
 */
public enum Backend {
    /** A GPU where one is expected and the task's group trainer takes the run, else the CPU. */
    AUTO,
    /** The CPU trainer (OpenBLAS), one run or lock-step group per task. */
    CPU,
    /** The task's CUDA group trainer on the executor's GPU; a run it cannot take, or an executor without a GPU, fails. */
    CUDA,
    /** The CUDA trainer's Java reference on the CPU, grouped as for cuda: the GPU's bits, slowly; for checks. */
    CUDA_REFERENCE
}
