package org.ccsweep.model.task.cc.gpu;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;

import jcuda.Pointer;
import jcuda.driver.CUfunction;

/** Launches a kernel on the current context's default stream, THREADS threads per block. */
final class KernelLaunch {
    private KernelLaunch() {
    }

    /**
     * @param grid        blocks
     * @param sharedBytes dynamic shared memory per block
     * @param args        the kernel's parameters in order, each of its {@link Kernel.Param}'s Java type
     * @throws IllegalArgumentException when the arguments do not match the kernel's parameters
     */
    static void launch(Kernel kernel, CUfunction function, int grid, int sharedBytes, Object... args) {
        if (args.length != kernel.params().size()) {
            throw new IllegalArgumentException(kernel.name() + " takes " + kernel.params().size() + " parameters, got "
                    + args.length);
        }
        Pointer[] params = new Pointer[args.length];
        for (int i = 0; i < args.length; i++) {
            params[i] = parameter(kernel, i, args[i]);
        }
        cuLaunchKernel(function, grid, 1, 1, KernelShape.THREADS, 1, 1, sharedBytes, null, Pointer.to(params), null);
    }

    private static Pointer parameter(Kernel kernel, int i, Object arg) {
        Kernel.Param kind = kernel.params().get(i);
        if (kind == Kernel.Param.INT && arg instanceof Integer v) {
            return Pointer.to(new int[] {v});
        } else if (kind == Kernel.Param.FLOAT && arg instanceof Float v) {
            return Pointer.to(new float[] {v});
        } else if (kind == Kernel.Param.DOUBLE && arg instanceof Double v) {
            return Pointer.to(new double[] {v});
        } else if (kind == Kernel.Param.ADAM_SCALARS && arg instanceof float[] v && v.length == 8) {
            return Pointer.to(v);
        } else if (kind == Kernel.Param.POINTER && arg instanceof DeviceArray v) {
            return Pointer.to(v.pointer);
        }
        throw new IllegalArgumentException(kernel.name() + " parameter " + i + " is " + kind + ", got " + arg);
    }
}
