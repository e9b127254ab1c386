package org.ccsweep.model.task;

/**
 * The device asked for is not there ({@link Task#openGroupDevice}): no driver library, no device, fewer
 * devices than the ordinal, or a task without a group trainer. The message is one line saying what this
 * machine has ("no CUDA device 0: libcuda.so.1, the NVIDIA driver's library, does not load (...)").
 */
public class NoDeviceException extends RuntimeException {
    public NoDeviceException(String message) {
        super(message);
    }
}
