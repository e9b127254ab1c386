package org.ccsweep.jobs.sweep;

import org.ccsweep.jobs.config.Backend;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Resolves {@code engine.backend} on the executor that trains a run. The trainer's step calls
 * OpenBLAS directly (cblas_sgemm on native buffers) and has no GPU implementation, so {@code auto}
 * and {@code cpu} resolve to {@code cpu} whatever ND4J loaded, and {@code cuda} cannot be honoured:
 * the run fails before training with a message saying why on this executor. The driver cannot know
 * this up front: executors may differ from it (GPU executors, a cuda-built jar).
 */
final class BackendChoice {
    private BackendChoice() {
    }

    /** @throws IllegalStateException when the backend asked for cannot train here */
    static String resolve(Backend requested) {
        if (requested != Backend.CUDA) {
            return "cpu";
        }
        String loaded = Nd4j.getBackend().getClass().getName();
        if (!loaded.contains("jcublas")) {
            throw new IllegalStateException("engine.backend = cuda, but this executor has no CUDA backend (ND4J loaded "
                    + loaded + "): build the cluster jar with -Pcuda, request GPU executors (conf/cluster/gpu.conf),"
                    + " or set engine.backend = auto");
        }
        throw new IllegalStateException("engine.backend = cuda: ND4J's CUDA backend is loaded (" + loaded
                + "), but the trainer's step is CPU-only (OpenBLAS cblas_sgemm); set engine.backend = cpu or auto");
    }
}
