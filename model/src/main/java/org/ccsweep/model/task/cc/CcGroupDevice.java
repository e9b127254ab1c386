package org.ccsweep.model.task.cc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.cc.gpu.CudaDevice;
import org.ccsweep.model.task.cc.gpu.CudaGroupTrainer;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.GroupTrainer;
import org.ccsweep.model.task.cc.gpu.ReferenceTrainer;
import org.ccsweep.model.task.cc.gpu.TrainedMember;

/**
 * CC's group trainer on one device: the runs become a {@link GpuGroup} ({@link GroupRuns}), train together
 * on the GPU ({@link CudaGroupTrainer}) or by its Java reference ({@link ReferenceTrainer}, the same bits on
 * the CPU), and are evaluated on the CPU ({@link GroupEvaluation}). Each run's train_seconds is the group's
 * training time shared equally, as in a lock-step group.
 *
 * <p>One group trains on a GPU at a time in this JVM: tasks that share a device (embedded Spark's task
 * threads all see device 0) take turns, so that each group has the device's memory and its training time
 * to itself, and evaluate on the CPU while the next group trains.
 */
public final class CcGroupDevice implements GroupDevice {
    /** The backend the reference records: the CUDA trainer's algorithm, run on the CPU. */
    public static final String REFERENCE = "cuda-reference";

    private static final Map<Integer, Object> TURNS = new ConcurrentHashMap<>();

    private final String backend;
    private final GroupTrainer trainer;
    private final Object turn;
    private final CudaDevice device;

    private CcGroupDevice(String backend, GroupTrainer trainer, Object turn, CudaDevice device) {
        this.backend = backend;
        this.trainer = trainer;
        this.turn = turn;
        this.device = device;
    }

    /** @throws org.ccsweep.model.task.NoDeviceException when the CUDA device asked for is not there */
    static CcGroupDevice open(DeviceChoice choice) {
        if (choice.onCpu()) {
            return new CcGroupDevice(REFERENCE, ReferenceTrainer::train, new Object(), null);
        }
        CudaDevice device = CudaDevice.require(choice.ordinal());
        return new CcGroupDevice("cuda:" + device.name(), new CudaGroupTrainer(device),
                TURNS.computeIfAbsent(choice.ordinal(), ordinal -> new Object()), device);
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public List<Outcome> execute(List<RunSpec> specs, int threads) {
        List<CcRun> runs = specs.stream().map(CcRun::of).toList();
        GpuGroup group = GroupRuns.group(runs);
        List<TrainedMember> trained;
        double trainSeconds;
        synchronized (turn) {
            long start = System.nanoTime();
            trained = trainer.train(group);
            trainSeconds = TrainedRun.secondsSince(start) / runs.size();
        }
        return GroupEvaluation.evaluate(runs, group, trained, trainSeconds, threads);
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
    }
}
