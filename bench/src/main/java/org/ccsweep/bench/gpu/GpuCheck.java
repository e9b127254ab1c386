package org.ccsweep.bench.gpu;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DeviceChoice;
import org.ccsweep.model.task.GroupDevice;
import org.ccsweep.model.task.NoDeviceException;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcTask;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.gpu.CudaDevice;
import org.ccsweep.model.task.cc.gpu.CudaGroupTrainer;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.ccsweep.model.task.cc.gpu.ReferenceTrainer;
import org.ccsweep.model.task.cc.gpu.TrainedMember;

/**
 * The GPU check (bench/gpu-check runs it on the GPU machine, from bench/gpu-pack's slim class path: the
 * model, this package, the jobs jar for its config reader, Typesafe Config and JCuda; no ND4J, no Spark):
 * the device, the PTX's JIT, the CUDA trainer against the Java reference, its throughput at G = 64, 512 and
 * 4096 models, the Figure 5 right sweep (410 runs) end to end through the sweep's group path (the conf
 * file's runs, CC's group device, every run's evaluation), and the PyTorch peers' figures (bench/peer/cc_torch_gpu.py, read from --peers) with the ratios
 * and the targets. Markdown on stdout.
 *
 * <p>Usage: GpuCheck [--quick] [--peers FILE]. --quick shortens every training (for a smoke run).
 */
public final class GpuCheck {
    private static final int[] GROUP_SIZES = {64, 512, 4096};
    private static final int TRAINING_STEPS = 10_000;

    private final CudaGroupTrainer trainer;
    private final boolean quick;

    private GpuCheck(CudaGroupTrainer trainer, boolean quick) {
        this.trainer = trainer;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        int peersAt = Arrays.asList(args).indexOf("--peers");
        PeerResults peers = PeerResults.read(peersAt >= 0 ? Path.of(args[peersAt + 1]) : null);
        CudaDevice opened;
        try {
            opened = CudaDevice.require(0);
        } catch (NoDeviceException e) {
            System.out.println(e.getMessage());
            System.exit(2);
            return;
        }
        try (CudaDevice device = opened) {
            System.out.printf("# ccsweep GPU check%n%ndevice: %s (compute capability %s)%n", device.name(),
                    device.computeCapability());
            GpuCheck check = new GpuCheck(new CudaGroupTrainer(device), quick);
            check.jit();
            check.agreement();
            Map<Integer, Double> ours = check.throughput();
            Figure5 figure5 = check.figure5Right();
            Targets.report(ours, figure5, peers, quick ? 1_000 : TRAINING_STEPS);
        }
    }

    private void jit() {
        long start = System.nanoTime();
        trainer.train(CheckGroups.group(1, CheckGroups.distinctSeeds(1, 1)));
        System.out.printf("PTX load, JIT for this device and one step: OK, %.2f s%n", seconds(start));
    }

    /** A few runs trained by the GPU and, one by one on the CPU cores, by the reference: the same bits? */
    private void agreement() {
        int steps = quick ? 200 : 1_000;
        List<GpuMember> members = List.of(CheckGroups.member(0, MixingKind.ASYMMETRIC, 0.02f, false),
                CheckGroups.member(1, MixingKind.ASYMMETRIC, 0.02f, false),
                CheckGroups.member(0, MixingKind.SYMMETRIC, 0.04f, false),
                CheckGroups.member(2, MixingKind.SYMMETRIC, 0.01f, true));
        List<String> labels = List.of("seed 0, asymmetric σ 0.02", "seed 1, asymmetric σ 0.02",
                "seed 0, symmetric σ 0.04", "seed 2, symmetric σ learnt from 0.01");
        long start = System.nanoTime();
        List<TrainedMember> gpu = trainer.train(CheckGroups.group(steps, members));
        double gpuSeconds = seconds(start);
        start = System.nanoTime();
        List<TrainedMember> reference = IntStream.range(0, members.size()).parallel()
                .mapToObj(i -> ReferenceTrainer.train(CheckGroups.group(steps, List.of(members.get(i)))).get(0))
                .toList();
        double referenceSeconds = seconds(start);
        double[] gpuLp = Evaluation.lossPerFeature(members, gpu);
        double[] referenceLp = Evaluation.lossPerFeature(members, reference);
        System.out.printf("%n## GPU against the CPU reference (%d steps; GPU %.2f s, reference %.1f s)%n%n", steps,
                gpuSeconds, referenceSeconds);
        System.out.println("| run | same bits (W_in, W_out, s, curve) | max abs Δ weight | final s | L/p GPU | L/p reference |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < members.size(); i++) {
            TrainedMember g = gpu.get(i);
            TrainedMember r = reference.get(i);
            boolean same = Arrays.equals(g.wIn(), r.wIn()) && Arrays.equals(g.wOut(), r.wOut())
                    && g.training().sigma() == r.training().sigma()
                    && Arrays.equals(g.training().curveLoss(), r.training().curveLoss());
            System.out.printf("| %s | %s | %.3g | %.5f | %.6f | %.6f |%n", labels.get(i), same ? "yes" : "NO",
                    maxDifference(g, r), g.training().sigma(), gpuLp[i], referenceLp[i]);
        }
    }

    /** Per G: the time of a step of G models, from two trainings of T1 and T2 steps (fixed costs cancel). */
    private Map<Integer, Double> throughput() {
        int shorter = quick ? 20 : 100;
        int longer = quick ? 120 : 600;
        Map<Integer, Double> trainingsPerHour = new LinkedHashMap<>();
        System.out.printf("%n## CUDA trainer throughput (distinct seeds: G batch streams; step time from %d and %d "
                + "steps)%n%n", shorter, longer);
        System.out.println("| G | ms per step | µs per step per model | trainings per hour (10,000 steps) |");
        System.out.println("|---|---|---|---|");
        for (int models : GROUP_SIZES) {
            List<GpuMember> members = CheckGroups.distinctSeeds(models, 1_000);
            double a = timedTraining(CheckGroups.group(shorter, members));
            double b = timedTraining(CheckGroups.group(longer, members));
            double stepSeconds = (b - a) / (longer - shorter);
            double perHour = 3600.0 / (TRAINING_STEPS * stepSeconds / models);
            trainingsPerHour.put(models, perHour);
            System.out.printf("| %d | %.3f | %.3f | %,.0f |%n", models, stepSeconds * 1e3, stepSeconds * 1e6 / models,
                    perHour);
        }
        return trainingsPerHour;
    }

    private double timedTraining(GpuGroup group) {
        long start = System.nanoTime();
        trainer.train(group);
        return seconds(start);
    }

    /**
     * conf/paper/fig5-right.conf's 410 runs through the sweep's group path, as a Spark task on a GPU executor
     * runs them but without Spark: the conf read and expanded by SweepSpecs, the runs given to CC's group
     * device on GPU 0 as one group (M's, training on the GPU, every run's profile at the conf's p_eval on
     * every core), each part timed.
     */
    private Figure5 figure5Right() {
        int steps = quick ? 1_000 : TRAINING_STEPS;
        long start = System.nanoTime();
        List<RunSpec> runs = figure5Runs(Path.of(""), steps);
        double expand = seconds(start);
        List<Outcome> outcomes;
        try (GroupDevice device = new CcTask().openGroupDevice(DeviceChoice.cuda(0))) {
            outcomes = device.execute(runs, Runtime.getRuntime().availableProcessors());
        }
        double total = seconds(start);
        double train = outcomes.stream().filter(o -> o.result() != null).findFirst()
                .map(o -> o.result().trainSeconds() * runs.size()).orElse(Double.NaN);
        Figure5 figure5 = new Figure5(outcomes, expand, train, total);
        figure5.print(steps);
        return figure5;
    }

    /** conf/paper/fig5-right.conf's runs, as a sweep of it from {@code root} expands them, with this many steps. */
    static List<RunSpec> figure5Runs(Path root, int steps) {
        return SweepSpecs.load(root.resolve("conf/paper/fig5-right.conf"), List.of("train.steps=" + steps,
                "sweep.output=\"" + System.getProperty("java.io.tmpdir") + "/ccsweep-gpu-check\"")).runs();
    }

    private static double maxDifference(TrainedMember a, TrainedMember b) {
        double max = 0.0;
        for (int i = 0; i < a.wIn().length; i++) {
            max = Math.max(max, Math.abs(a.wIn()[i] - b.wIn()[i]));
            max = Math.max(max, Math.abs(a.wOut()[i] - b.wOut()[i]));
        }
        return max;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }

    /** The mean and sample standard deviation of values. */
    static double[] meanStd(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return new double[] {mean, values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : Double.NaN};
    }

    /** The Figure 5 right runs' outcomes and wall times. */
    record Figure5(List<Outcome> outcomes, double expandSeconds, double trainSeconds, double totalSeconds) {
        /** L/p at p = 0.01 of the asymmetric σ = 0.02 runs (the peers' setting), one per seed. */
        List<Double> paperDefault() {
            return lossPerFeature(MixingKind.ASYMMETRIC, 0.02);
        }

        /** Whether the run is of this kind and σ (σ as the conf's grid computes it, to rounding). */
        static boolean at(RunSpec run, MixingKind kind, double sigma) {
            return run.get(CcKeys.MIXING) == kind && Math.abs(run.get(CcKeys.SIGMA) - sigma) < 1e-12;
        }

        /** L/p at p_train of the successful runs of this kind and σ. */
        private List<Double> lossPerFeature(MixingKind kind, double sigma) {
            return outcomes.stream().filter(o -> o.result() != null && at(o.spec(), kind, sigma))
                    .map(o -> o.result().lossPerFeatureAtPTrain()).toList();
        }

        void print(int steps) {
            System.out.printf("%n## Figure 5 right: %d runs (41 σ × 2 kinds × 5 seeds, %d steps) through the sweep's group"
                    + " path on one GPU%n%n", outcomes.size(), steps);
            System.out.printf("conf read and expanded %.1f s, training on the GPU %.1f s, M's and evaluation (CPU, every"
                    + " core, p_eval = 0.001, 0.01, 0.1) %.1f s: **%.1f s end to end**%n%n", expandSeconds, trainSeconds,
                    totalSeconds - expandSeconds - trainSeconds, totalSeconds);
            System.out.println("| σ | symmetric L/p (mean of 5 seeds) | asymmetric L/p |");
            System.out.println("|---|---|---|");
            for (int i = 0; i <= 40; i += 4) {
                double sigma = 0.08 * i / 40;
                System.out.printf("| %.3f | %.5f | %.5f |%n", sigma, mean(MixingKind.SYMMETRIC, sigma),
                        mean(MixingKind.ASYMMETRIC, sigma));
            }
            double[] paper = meanStd(paperDefault());
            System.out.printf("%nasymmetric σ = 0.02: L/p %.5f ± %.5f (std over %d seeds); failed runs: %d%n", paper[0],
                    paper[1], paperDefault().size(), outcomes.stream().filter(o -> o.failure() != null).count());
        }

        private double mean(MixingKind kind, double sigma) {
            return lossPerFeature(kind, sigma).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }
}
