package org.ccsweep.model.task.cc.gpu;

import java.util.List;
import jcuda.Sizeof;
import jcuda.driver.CUfunction;
import org.ccsweep.model.run.RngState;
import org.ccsweep.model.task.cc.data.ActiveCounts;
import org.ccsweep.model.task.cc.data.InputMode;

/**
 * A group's batch streams on the device, one per distinct seed ({@link GroupPlan}): each stream's
 * SplitMix64 state, its current batch (compressed rows: sample i's entries from start[i]) and that
 * batch's layout (sample_batches.cu). {@link #draw} draws every stream's next batch with one launch.
 */
final class DeviceStreams implements AutoCloseable {
    final int streams;
    final LayoutCapacity capacity;
    private final CUfunction sampleBatches;
    private final int exactlyOne;
    final DeviceArray states;
    final DeviceArray cdf;
    final DeviceArray sampleStart;
    final DeviceArray sampleFeature;
    final DeviceArray sampleValue;
    final DeviceArray scratch;
    final DeviceArray scratchFloats;
    final DeviceArray rowInfo;
    final DeviceArray rowStart;
    final DeviceArray rowFeature;
    final DeviceArray rowValue;
    final DeviceArray rowWeight;
    final DeviceArray tileColStart;
    final DeviceArray colRow;
    final DeviceArray colValue;
    final DeviceArray overflow;
    private final List<DeviceArray> all;

    DeviceStreams(CudaDevice device, GpuGroup group, GroupPlan plan, LayoutCapacity capacity) {
        this.streams = plan.streams();
        this.capacity = capacity;
        this.sampleBatches = device.function(Kernel.SAMPLE_BATCHES);
        this.exactlyOne = group.inputMode() == InputMode.EXACTLY_ONE ? 1 : 0;
        long[] seeds = new long[streams];
        for (int s = 0; s < streams; s++) {
            seeds[s] = RngState.of(MemberStreams.train(plan.streamSeed[s]));
        }
        int n = group.nFeatures();
        long s = streams;
        this.states = DeviceArray.of(seeds);
        this.cdf = DeviceArray.of(exactlyOne == 1 ? new double[n + 1] : ActiveCounts.cdf(n, group.pTrain()));
        this.sampleStart = DeviceArray.zeros(s * (capacity.batch() + 1) * Sizeof.INT);
        this.sampleFeature = DeviceArray.zeros(s * capacity.entries() * Sizeof.INT);
        this.sampleValue = DeviceArray.zeros(s * capacity.entries() * Sizeof.FLOAT);
        this.scratch = DeviceArray.zeros(s * capacity.scratchInts() * Sizeof.INT);
        this.scratchFloats = DeviceArray.zeros(s * capacity.scratchFloats() * Sizeof.FLOAT);
        this.rowInfo = DeviceArray.zeros(s * 2 * Sizeof.INT);
        this.rowStart = DeviceArray.zeros(s * (capacity.rows() + 1) * Sizeof.INT);
        this.rowFeature = DeviceArray.zeros(s * capacity.rowEntries() * Sizeof.INT);
        this.rowValue = DeviceArray.zeros(s * capacity.rowEntries() * Sizeof.FLOAT);
        this.rowWeight = DeviceArray.zeros(s * capacity.rows() * Sizeof.FLOAT);
        this.tileColStart = DeviceArray.zeros(s * capacity.tiles() * (n + 1) * Sizeof.INT);
        this.colRow = DeviceArray.zeros(s * capacity.rowEntries() * Sizeof.INT);
        this.colValue = DeviceArray.zeros(s * capacity.rowEntries() * Sizeof.FLOAT);
        this.overflow = DeviceArray.zeros(Sizeof.INT);
        this.all = List.of(states, cdf, sampleStart, sampleFeature, sampleValue, scratch, scratchFloats, rowInfo,
                rowStart, rowFeature, rowValue, rowWeight, tileColStart, colRow, colValue, overflow);
    }

    /** Every stream's next batch and its layout (asynchronous: one launch, one block per stream). */
    void draw() {
        KernelLaunch.launch(Kernel.SAMPLE_BATCHES, sampleBatches, streams, 0, capacity.batch(), exactlyOne, cdf, capacity.entries(), states,
                sampleStart, sampleFeature, sampleValue, scratch, scratchFloats, rowInfo, rowStart, rowFeature,
                rowValue, rowWeight, tileColStart, colRow, colValue, overflow);
    }

    /**
     * @throws IllegalStateException when a Bernoulli batch had more active entries than the buffers hold
     *                               ({@link LayoutCapacity}); the group's results are then invalid
     */
    void checkCapacity() {
        int[] flag = new int[1];
        overflow.read(0, flag);
        if (flag[0] != 0) {
            throw new IllegalStateException("a batch had more than " + capacity.entries()
                    + " active entries, the device buffers' capacity (10 standard deviations above the mean)");
        }
    }

    /** Stream s's current batch, copied back: sample i's features and values at [start[i], start[i + 1]). */
    DeviceBatch read(int s) {
        int[] start = new int[capacity.batch() + 1];
        sampleStart.read((long) s * (capacity.batch() + 1), start);
        int[] feature = new int[start[capacity.batch()]];
        float[] value = new float[feature.length];
        sampleFeature.read((long) s * capacity.entries(), feature);
        sampleValue.read((long) s * capacity.entries(), value);
        return new DeviceBatch(start, feature, value);
    }

    /** A batch as the device holds it. */
    record DeviceBatch(int[] start, int[] feature, float[] value) {
    }

    @Override
    public void close() {
        all.forEach(DeviceArray::close);
    }
}
