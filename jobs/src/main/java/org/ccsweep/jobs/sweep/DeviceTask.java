package org.ccsweep.jobs.sweep;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.ccsweep.jobs.config.Backend;
import org.ccsweep.jobs.tables.Placement;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.NoDeviceException;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;

/**
 * A task's runs on the executor when engine.backend sends them to the task's group trainer: the group on
 * the device (the GPU Spark assigned to the task, device 0 where it assigned none; or the CPU reference),
 * recorded as {@code cuda:<device name>}; without a device, on the CPU under {@code auto}
 * ({@link CpuGroups}), or each run failed with one line naming engine.backend, its value and what this
 * executor has. Runs the group trainer cannot take fail with its reason.
 */
final class DeviceTask {
    private DeviceTask() {
    }

    static List<RunOutcome> run(Task task, TaskRuns work, TaskSettings settings, Integer blasThreads, int taskCpus) {
        Placement requested = new Placement(Key.spell(settings.backend()), null, taskCpus);
        if (work.mode() == TaskRuns.Mode.REFUSED) {
            return refused(task, work.runs(), settings.backend(), requested);
        }
        int threads = settings.threads() > 0 ? settings.threads() : taskCpus;
        GroupDevice device;
        try {
            device = task.openGroupDevice(settings.backend() == Backend.CUDA_REFERENCE ? DeviceChoice.reference()
                    : DeviceChoice.cuda(gpuOrdinal()));
        } catch (NoDeviceException e) {
            if (work.mode() == TaskRuns.Mode.DEVICE_OR_CPU) {
                return CpuGroups.run(task, work.runs(), settings.lockstep(), threads,
                        new Placement("cpu", blasThreads, taskCpus));
            }
            IllegalStateException none = new IllegalStateException("engine.backend = " + Key.spell(settings.backend())
                    + ", but executor " + executor() + " has " + e.getMessage() + "; give the sweep GPU executors"
                    + " (conf/cluster/gpu.conf) or set engine.backend = auto to train on the CPU where there is no GPU");
            return failAll(work.runs(), requested, none);
        }
        try (device) {
            Placement placement = new Placement(device.backend(), blasThreads, taskCpus);
            try {
                List<RunOutcome> outcomes = new ArrayList<>();
                for (Outcome outcome : device.execute(work.runs(), threads)) {
                    outcomes.add(outcome.failure() == null ? RunOutcome.ok(outcome.result(), placement)
                            : RunOutcome.failed(outcome.spec(), placement, outcome.failure()));
                }
                return outcomes;
            } catch (RuntimeException e) {
                return failAll(work.runs(), placement, e);
            }
        }
    }

    private static List<RunOutcome> refused(Task task, List<RunSpec> runs, Backend backend, Placement requested) {
        List<RunOutcome> outcomes = new ArrayList<>();
        for (RunSpec run : runs) {
            outcomes.add(RunOutcome.failed(run, requested, new IllegalStateException("engine.backend = "
                    + Key.spell(backend) + ", but the task's GPU group trainer cannot train this run: "
                    + task.groupFit(run).refusal() + "; set engine.backend = auto to train such runs on the CPU")));
        }
        return outcomes;
    }

    private static List<RunOutcome> failAll(List<RunSpec> runs, Placement placement, Throwable why) {
        return runs.stream().map(run -> RunOutcome.failed(run, placement, why)).toList();
    }

    /** The CUDA ordinal of the GPU Spark assigned to this task (its address), or 0 where it assigned none. */
    private static int gpuOrdinal() {
        ResourceInformation gpu = TaskContext.get().resourcesJMap().get("gpu");
        if (gpu == null || gpu.addresses().length == 0) {
            return 0;
        }
        String address = gpu.addresses()[0];
        try {
            return Integer.parseInt(address.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Spark assigned this task GPU address \"" + address
                    + "\", which is not a CUDA device ordinal: the discovery script must print nvidia-smi's indices"
                    + " (submit/gpu-discovery.sh)");
        }
    }

    /** This executor's id and host, as a failure names them. */
    private static String executor() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "an unknown host";
        }
        return SparkEnv.get().executorId() + " (host " + host + ")";
    }
}
