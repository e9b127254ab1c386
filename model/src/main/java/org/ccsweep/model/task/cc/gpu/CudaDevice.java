package org.ccsweep.model.task.cc.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRelease;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jcuda.CudaException;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import org.ccsweep.model.task.NoDeviceException;

/**
 * One CUDA device through JCuda's driver API, which needs only the driver's libcuda.so.1: its primary
 * context, made current on the thread that opens it (use the device from that thread), and the
 * kernels, loaded from the PTX resources (model/src/main/cuda/build-ptx) and JIT-compiled by the driver
 * for this device's compute capability on first load.
 */
public final class CudaDevice implements AutoCloseable {
    private static final String PTX_RESOURCES = "/org/ccsweep/model/task/cc/gpu/";

    private final CUdevice device;
    private final String name;
    private final int major;
    private final int minor;
    private final Map<String, CUmodule> modules = new HashMap<>();

    private CudaDevice(CUdevice device, String name, int major, int minor) {
        this.device = device;
        this.name = name;
        this.major = major;
        this.minor = minor;
    }

    /**
     * Device {@code ordinal}, or empty where there is none: no CUDA driver library, no device, or fewer
     * devices than that.
     */
    public static Optional<CudaDevice> open(int ordinal) {
        try {
            return Optional.of(require(ordinal));
        } catch (NoDeviceException e) {
            return Optional.empty();
        }
    }

    /**
     * Device {@code ordinal}, its primary context current on this thread.
     *
     * @throws NoDeviceException when there is none, saying why in one line: the driver library does not
     *                           load, cuInit fails, or the driver sees fewer devices (with
     *                           CUDA_VISIBLE_DEVICES where it is set)
     */
    public static CudaDevice require(int ordinal) {
        String none = "no CUDA device " + ordinal + ": ";
        Optional<String> absence = CudaDriver.absence();
        if (absence.isPresent()) {
            throw new NoDeviceException(none + absence.get());
        }
        try {
            int[] count = new int[1];
            cuDeviceGetCount(count);
            if (ordinal >= count[0]) {
                String visible = System.getenv("CUDA_VISIBLE_DEVICES");
                throw new NoDeviceException(none + "the driver sees " + count[0] + (count[0] == 1 ? " device" : " devices")
                        + (visible == null ? "" : " (CUDA_VISIBLE_DEVICES=" + visible + ")"));
            }
            CUdevice device = new CUdevice();
            cuDeviceGet(device, ordinal);
            byte[] name = new byte[256];
            cuDeviceGetName(name, name.length, device);
            int[] major = new int[1];
            int[] minor = new int[1];
            cuDeviceGetAttribute(major, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device);
            cuDeviceGetAttribute(minor, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device);
            CUcontext context = new CUcontext();
            cuDevicePrimaryCtxRetain(context, device);
            cuCtxSetCurrent(context);
            return new CudaDevice(device, cString(name), major[0], minor[0]);
        } catch (CudaException e) {
            throw new NoDeviceException(none + e.getMessage());
        }
    }

    /** The device's name, as the driver reports it (e.g. "NVIDIA H200"). */
    public String name() {
        return name;
    }

    /** The compute capability, e.g. "9.0". */
    public String computeCapability() {
        return major + "." + minor;
    }

    /** The kernel, loading (and JIT-compiling) its PTX module once. */
    CUfunction function(Kernel kernel) {
        CUmodule loaded = modules.computeIfAbsent(kernel.module(), CudaDevice::load);
        CUfunction function = new CUfunction();
        cuModuleGetFunction(function, loaded, kernel.name());
        return function;
    }

    private static CUmodule load(String module) {
        byte[] ptx = ptx(module);
        CUmodule loaded = new CUmodule();
        try {
            cuModuleLoadData(loaded, Arrays.copyOf(ptx, ptx.length + 1));
        } catch (CudaException e) {
            throw new IllegalStateException("the driver could not JIT-compile " + module + ".ptx: " + e.getMessage(), e);
        }
        return loaded;
    }

    /** The PTX text of a module, as committed (without a terminating NUL). */
    static byte[] ptx(String module) {
        try (InputStream in = CudaDevice.class.getResourceAsStream(PTX_RESOURCES + module + ".ptx")) {
            if (in == null) {
                throw new IllegalStateException("no PTX resource " + PTX_RESOURCES + module + ".ptx");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }

    /** Releases the primary context (the device's memory of this process goes with its last user). */
    @Override
    public void close() {
        cuDevicePrimaryCtxRelease(device);
    }
}
