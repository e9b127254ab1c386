package org.ccsweep.model.task.cc.gpu;

import static jcuda.driver.JCudaDriver.cuFuncSetAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jcuda.Sizeof;
import jcuda.driver.CUfunction;
import jcuda.driver.CUfunction_attribute;
import org.ccsweep.model.task.cc.train.TrainingResult;
import org.ccsweep.model.train.DivergedException;

/**
 * A group's models on the device: every member's W_in, W_out, AdamW moments (m, v interleaved, laid out
 * as the weights), s and its moments, curve sums and points, divergence; each distinct M and MᵀM; the
 * label moments of each (stream, M) pair. {@link #step} is one training step of the whole group: two
 * launches, label_moments (a block per pair) and train_step (a block per member).
 */
final class DeviceGroup implements AutoCloseable {
    private final GpuGroup group;
    private final GroupPlan plan;
    private final CUfunction labelMoments;
    private final CUfunction trainStep;
    private final StepSchedule schedule;
    private final CurveWindows windows;
    private final DeviceArray modelStream;
    private final DeviceArray modelMixing;
    private final DeviceArray modelPair;
    private final DeviceArray learnSigma;
    private final DeviceArray wIn;
    private final DeviceArray wOut;
    private final DeviceArray momentsIn;
    private final DeviceArray momentsOut;
    private final DeviceArray sigma;
    private final DeviceArray sigmaMoments;
    private final DeviceArray mixing;
    private final DeviceArray mixingGram;
    private final DeviceArray pairStream;
    private final DeviceArray pairMixing;
    private final DeviceArray pairMoments;
    private final DeviceArray curveSum;
    private final DeviceArray curve;
    private final DeviceArray divergedStep;
    private final DeviceArray divergedLoss;
    private final List<DeviceArray> all;

    DeviceGroup(CudaDevice device, GpuGroup group, GroupPlan plan) {
        this.group = group;
        this.plan = plan;
        this.labelMoments = device.function(Kernel.LABEL_MOMENTS);
        this.trainStep = device.function(Kernel.TRAIN_STEP);
        cuFuncSetAttribute(trainStep, CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                KernelShape.TRAIN_STEP_SHARED_BYTES);
        this.schedule = new StepSchedule(group);
        this.windows = new CurveWindows(group.steps(), group.curvePoints());
        int n = group.nFeatures();
        long members = plan.members();
        long size = (long) n * group.dMlp();
        GroupParameters initial = GroupParameters.initial(group);
        float[] mixings = new float[plan.mixings.size() * n * n];
        double[] grams = new double[mixings.length];
        IntStream.range(0, plan.mixings.size()).parallel().forEach(k -> {
            System.arraycopy(plan.mixings.get(k), 0, mixings, k * n * n, n * n);
            System.arraycopy(MixingGram.of(plan.mixings.get(k), n), 0, grams, k * n * n, n * n);
        });
        this.modelStream = DeviceArray.of(plan.memberStream);
        this.modelMixing = DeviceArray.of(plan.memberMixing);
        this.modelPair = DeviceArray.of(plan.memberPair);
        this.learnSigma = DeviceArray.of(initial.learnSigma);
        this.wIn = DeviceArray.of(initial.wIn);
        this.wOut = DeviceArray.of(initial.wOut);
        this.momentsIn = DeviceArray.zeros(2 * members * size * Sizeof.FLOAT);
        this.momentsOut = DeviceArray.zeros(2 * members * size * Sizeof.FLOAT);
        this.sigma = DeviceArray.of(initial.sigma);
        this.sigmaMoments = DeviceArray.zeros(2 * members * Sizeof.FLOAT);
        this.mixing = DeviceArray.of(mixings);
        this.mixingGram = DeviceArray.of(grams);
        this.pairStream = DeviceArray.of(plan.pairStream);
        this.pairMixing = DeviceArray.of(plan.pairMixing);
        this.pairMoments = DeviceArray.zeros(3L * plan.pairs() * Sizeof.DOUBLE);
        this.curveSum = DeviceArray.zeros(members * Sizeof.DOUBLE);
        this.curve = DeviceArray.zeros(members * windows.points() * Sizeof.DOUBLE);
        this.divergedStep = DeviceArray.zeros(members * Sizeof.INT);
        this.divergedLoss = DeviceArray.zeros(members * Sizeof.DOUBLE);
        this.all = List.of(modelStream, modelMixing, modelPair, learnSigma, wIn, wOut, momentsIn, momentsOut, sigma,
                sigmaMoments, mixing, mixingGram, pairStream, pairMixing, pairMoments, curveSum, curve, divergedStep,
                divergedLoss);
    }

    /** 0-based step t of every member on the streams' current batches (asynchronous). */
    void step(DeviceStreams streams, int t) {
        LayoutCapacity capacity = streams.capacity;
        KernelLaunch.launch(Kernel.LABEL_MOMENTS, labelMoments, plan.pairs(), 0, capacity.batch(), capacity.entries(), pairStream,
                pairMixing, mixing, mixingGram, streams.rowInfo, streams.rowStart, streams.rowFeature, streams.rowValue,
                streams.rowWeight, pairMoments);
        double scale = 2.0 / ((double) group.batch() * group.nFeatures());
        int window = windows.windowEndingAt(t);
        KernelLaunch.launch(Kernel.TRAIN_STEP, trainStep, plan.members(), KernelShape.TRAIN_STEP_SHARED_BYTES, t, capacity.batch(),
                capacity.entries(), (float) scale, scale, schedule.adamScalars(t), modelStream, modelMixing, modelPair,
                learnSigma, wIn, wOut, momentsIn, momentsOut, sigma, sigmaMoments, mixing, pairMoments,
                streams.rowInfo, streams.rowStart, streams.rowFeature, streams.rowValue, streams.rowWeight,
                streams.tileColStart, streams.colRow, streams.colValue, curveSum, curve, windows.points(), window,
                window >= 0 ? windows.length(window) : 0, divergedStep, divergedLoss);
    }

    /** Every member's final weights, s and curve, or its divergence (waits for the device). */
    List<TrainedMember> download() {
        int members = plan.members();
        int size = group.nFeatures() * group.dMlp();
        int points = windows.points();
        float[] wInAll = new float[members * size];
        float[] wOutAll = new float[members * size];
        float[] sigmaAll = new float[members];
        double[] curveAll = new double[members * points];
        int[] stepAll = new int[members];
        double[] lossAll = new double[members];
        wIn.read(0, wInAll);
        wOut.read(0, wOutAll);
        sigma.read(0, sigmaAll);
        curve.read(0, curveAll);
        divergedStep.read(0, stepAll);
        divergedLoss.read(0, lossAll);
        List<TrainedMember> trained = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            if (stepAll[i] != 0) {
                trained.add(TrainedMember.diverged(new DivergedException(stepAll[i], lossAll[i])));
                continue;
            }
            double[] loss = GroupParameters.block(curveAll, i, points);
            trained.add(TrainedMember.trained(GroupParameters.block(wInAll, i, size),
                    GroupParameters.block(wOutAll, i, size),
                    new TrainingResult(sigmaAll[i], windows.ends(), loss, loss[points - 1])));
        }
        return trained;
    }

    @Override
    public void close() {
        all.forEach(DeviceArray::close);
    }
}
