package org.ccsweep.jobs.sweep;

import org.apache.spark.SparkContext;
import org.ccsweep.jobs.config.Backend;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.NoDeviceException;
import org.ccsweep.model.task.Task;

/**
 * Decides on the driver whether a sweep's runs train in GPU groups, which it must know to form its
 * tasks: always for {@code cuda} and {@code cuda-reference}, never for {@code cpu}, and for {@code auto}
 * where GPUs are expected. On a cluster that is a sweep submitted with
 * {@code spark.task.resource.gpu.amount}: Spark then runs every task on an executor with a GPU assigned
 * to it (conf/cluster/gpu.conf). Embedded, the executor is this JVM, so the driver opens the GPU the tasks
 * would (device 0) and closes it again. Each executor still opens its device when a group starts, and a
 * group finds none there trains on the CPU ({@link TaskRuns.Mode#DEVICE_OR_CPU}).
 */
final class BackendChoice {
    /** The Spark property that gives each task a GPU. */
    static final String TASK_GPUS = "spark.task.resource.gpu.amount";

    private BackendChoice() {
    }

    static boolean onDevices(Backend backend, SparkContext spark, Task task) {
        return switch (backend) {
            case CPU -> false;
            case CUDA, CUDA_REFERENCE -> true;
            case AUTO -> spark.isLocal() ? localDevice(task) : spark.conf().getDouble(TASK_GPUS, 0.0) > 0.0;
        };
    }

    /** The threads of {@link TaskSettings#threads()}: embedded, every task slot; on a cluster, 0. */
    static int threads(SparkContext spark) {
        return spark.isLocal() ? spark.defaultParallelism() : 0;
    }

    private static boolean localDevice(Task task) {
        try (GroupDevice device = task.openGroupDevice(DeviceChoice.cuda(0))) {
            return true;
        } catch (NoDeviceException e) {
            return false;
        }
    }
}
