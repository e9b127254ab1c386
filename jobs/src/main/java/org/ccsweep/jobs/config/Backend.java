package org.ccsweep.jobs.config;

/** {@code engine.backend}: what a run asks to train on, resolved on its executor when it starts. */
public enum Backend {
    /** The best backend the trainer has on the executor. */
    AUTO,
    /** OpenBLAS on the executor's CPU cores. */
    CPU,
    /** A GPU through ND4J's CUDA backend. */
    CUDA
}
