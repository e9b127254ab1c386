package org.ccsweep.model.task.cc.gpu;

import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD8;

import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;

/** A block of device memory, filled from and read into Java arrays; freed by {@link #close}. */
final class DeviceArray implements AutoCloseable {
    final CUdeviceptr pointer = new CUdeviceptr();

    private DeviceArray(long bytes) {
        cuMemAlloc(pointer, Math.max(bytes, Sizeof.DOUBLE));
    }

    static DeviceArray zeros(long bytes) {
        DeviceArray array = new DeviceArray(bytes);
        cuMemsetD8(array.pointer, (byte) 0, Math.max(bytes, Sizeof.DOUBLE));
        return array;
    }

    static DeviceArray of(float[] values) {
        return copy(Pointer.to(values), (long) values.length * Sizeof.FLOAT);
    }

    static DeviceArray of(int[] values) {
        return copy(Pointer.to(values), (long) values.length * Sizeof.INT);
    }

    static DeviceArray of(double[] values) {
        return copy(Pointer.to(values), (long) values.length * Sizeof.DOUBLE);
    }

    static DeviceArray of(long[] values) {
        return copy(Pointer.to(values), (long) values.length * Sizeof.LONG);
    }

    private static DeviceArray copy(Pointer host, long bytes) {
        DeviceArray array = new DeviceArray(bytes);
        if (bytes > 0) {
            cuMemcpyHtoD(array.pointer, host, bytes);
        }
        return array;
    }

    /** Reads into.length floats from element {@code from} on. */
    void read(long from, float[] into) {
        if (into.length == 0) {
            return;
        }
        cuMemcpyDtoH(Pointer.to(into), pointer.withByteOffset(from * Sizeof.FLOAT), (long) into.length * Sizeof.FLOAT);
    }

    void read(long from, int[] into) {
        if (into.length == 0) {
            return;
        }
        cuMemcpyDtoH(Pointer.to(into), pointer.withByteOffset(from * Sizeof.INT), (long) into.length * Sizeof.INT);
    }

    void read(long from, double[] into) {
        if (into.length == 0) {
            return;
        }
        cuMemcpyDtoH(Pointer.to(into), pointer.withByteOffset(from * Sizeof.DOUBLE), (long) into.length * Sizeof.DOUBLE);
    }

    @Override
    public void close() {
        cuMemFree(pointer);
    }
}
