package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccsweep.model.task.NoDeviceException;
import org.junit.jupiter.api.Test;

/**
 * A device that is not there is refused with one line saying what this machine has: on a machine without
 * the NVIDIA driver, that its library does not load; with one, how many devices the driver sees.
 */
class CudaDeviceAbsenceTest {

    @Test
    void aDeviceBeyondTheMachinesIsRefusedInOneLine() {
        assertThatThrownBy(() -> CudaDevice.require(1000)).isInstanceOf(NoDeviceException.class)
                .hasMessageStartingWith("no CUDA device 1000: ")
                .hasMessageMatching("[^\\n]*(libcuda\\.so\\.1, the NVIDIA driver's library, does not load|cuInit failed"
                        + "|the driver sees \\d+ devices?)[^\\n]*");
    }

    @Test
    void theLoaderReasonIsTheLineNamingTheDriverLibrary() {
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("""
                Error while loading native library "JCudaDriver-12.6.0-linux-x86_64"
                Operating system name: Linux
                Stack trace from the attempt to load the library as a file:
                java.lang.UnsatisfiedLinkError: no JCudaDriver-12.6.0-linux-x86_64 in java.library.path: /usr/lib
                \tat java.base/java.lang.ClassLoader.loadLibrary(ClassLoader.java:2434)
                Stack trace from the attempt to load the library as a resource:
                java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open shared object file: No such file or directory
                \tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)
                """);
        assertThat(CudaDriver.loaderReason(error))
                .isEqualTo("libcuda.so.1: cannot open shared object file: No such file or directory");
        assertThat(CudaDriver.loaderReason(new UnsatisfiedLinkError("\n  undefined symbol: cuDeviceGet_v2\nmore")))
                .isEqualTo("undefined symbol: cuDeviceGet_v2");
    }
}
