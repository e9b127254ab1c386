package org.ccsweep.model.task.cc.gpu;

import static org.ccsweep.model.task.cc.gpu.Kernel.Param.ADAM_SCALARS;
import static org.ccsweep.model.task.cc.gpu.Kernel.Param.DOUBLE;
import static org.ccsweep.model.task.cc.gpu.Kernel.Param.FLOAT;
import static org.ccsweep.model.task.cc.gpu.Kernel.Param.INT;
import static org.ccsweep.model.task.cc.gpu.Kernel.Param.POINTER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A kernel of the PTX modules and the kinds of its parameters, in order: {@link KernelLaunch} checks
 * every launch's arguments against them, and KernelSignatureTest checks them against the PTX's
 * {@code .entry} declarations, so that a kernel and its host call cannot drift apart unnoticed.
 *
 * @param module the PTX resource's name (model/src/main/cuda/{module}.cu)
 * @param name   the kernel's name (extern "C")
 */
record Kernel(String module, String name, List<Param> params) {
    /** A parameter's kind, and the Java argument that passes it. */
    enum Param {
        /** int: an Integer. */
        INT,
        /** float: a Float. */
        FLOAT,
        /** double: a Double. */
        DOUBLE,
        /** a device pointer: a {@link DeviceArray}. */
        POINTER,
        /** train_step's struct AdamScalars, 8 floats by value: a float[8] ({@link StepSchedule#adamScalars}). */
        ADAM_SCALARS
    }

    static final Kernel SAMPLE_BATCHES = new Kernel("sample_batches", "sample_batches",
            concat(List.of(INT, INT, POINTER, INT), Collections.nCopies(15, POINTER)));

    static final Kernel LABEL_MOMENTS = new Kernel("label_moments", "label_moments",
            concat(List.of(INT, INT), Collections.nCopies(10, POINTER)));

    static final Kernel TRAIN_STEP = new Kernel("train_step", "train_step",
            concat(List.of(INT, INT, INT, FLOAT, DOUBLE, ADAM_SCALARS), Collections.nCopies(22, POINTER),
                    List.of(INT, INT, INT, POINTER, POINTER)));

    static final List<Kernel> ALL = List.of(SAMPLE_BATCHES, LABEL_MOMENTS, TRAIN_STEP);

    @SafeVarargs
    private static List<Param> concat(List<Param>... parts) {
        List<Param> all = new ArrayList<>();
        for (List<Param> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
