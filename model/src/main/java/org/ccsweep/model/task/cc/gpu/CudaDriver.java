package org.ccsweep.model.task.cc.gpu;

import static jcuda.driver.JCudaDriver.cuInit;

import java.util.Optional;
import jcuda.CudaException;
import jcuda.driver.JCudaDriver;

/**
 * The CUDA driver as this JVM first found it: JCuda's driver API loaded (it needs only the NVIDIA driver's
 * libcuda.so.1) and initialised once, or why not, in one line. The reason is kept because the JVM does not
 * run a failed class initialiser twice: every later use of JCuda's driver class says only "Could not
 * initialize class".
 */
final class CudaDriver {
    private static final Optional<String> ABSENCE = initialise();

    private CudaDriver() {
    }

    /** Why there is no usable driver here; empty where cuInit succeeded. */
    static Optional<String> absence() {
        return ABSENCE;
    }

    private static Optional<String> initialise() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            cuInit(0);
            return Optional.empty();
        } catch (LinkageError e) {
            return Optional.of("libcuda.so.1, the NVIDIA driver's library, does not load (" + loaderReason(e) + ")");
        } catch (CudaException e) {
            return Optional.of("cuInit failed: " + e.getMessage());
        }
    }

    /**
     * The line of JCuda's loader error that names the driver library ("libcuda.so.1: cannot open shared
     * object file: ..."), else its first line: the error lists every path it tried, with stack traces.
     */
    static String loaderReason(Throwable e) {
        String message = String.valueOf(e.getMessage());
        Optional<String> driver = message.lines().filter(l -> l.contains("libcuda"))
                .map(l -> l.substring(l.indexOf("libcuda")).strip()).findFirst();
        String line = driver.orElseGet(() -> message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse(e.getClass().getName()));
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
