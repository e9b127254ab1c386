package org.ccsweep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccsweep.model.task.cc.CcResult;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ccsweep's trainer against the PyTorch peer, on one thread each, on the same recipe: ms/step, the
 * speed-up, L/p at p_train with its SE (a correctness check), and the FLOP limit of our step.
 * Launch with OMP_NUM_THREADS=1 ({@code bench/run} does).
 */
public final class BenchMain {
    private static final int GEMM_SIZE = 1024;
    private static final int GEMM_REPEATS = 5;
    /**
     * Untimed steps at each setting before its timed run. HotSpot compiles a method with C2 only after
     * ~15,000 calls (Tier4CompileThreshold), and the step's phases are called once per step: after a
     * 500-step warm-up the first timed training ran 2-8 % slower than the identical trainings of seeds
     * 1-4 (three bench runs, 2026-11-30). The first training at another p also meets branches not yet
     * compiled (p = 0.001 has single-feature rows).
     */
    private static final int WARM_UP_STEPS = 20_000;

    private BenchMain() {
    }

    /** One table row: a setting, ccsweep's seed-0 model, both measurements, the seed spread and the step's cost. */
    private record Row(Setting setting, CcResult model, Measurement ours, Measurement peer, double seedStd, int seeds,
                       StepCost cost) {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options = BenchOptions.parse(args);
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        printHeader(options);

        double peakGflops = GemmPeak.measureGflops(GEMM_SIZE, GEMM_REPEATS);
        System.out.printf("sgemm peak: %.1f GFLOP/s (ND4J Nd4j.gemm %d³ float into a preallocated 'f' array, best of %d)%n",
                peakGflops, GEMM_SIZE, GEMM_REPEATS);

        CcsweepRunner ccsweep = new CcsweepRunner(options.evalSamples());
        PeerRunner peer = new PeerRunner(options.python(), options.peerScript(), options.peerEvalSamples());
        Setting[] settings = options.settings();
        List<Row> rows = new ArrayList<>();
        for (Setting setting : settings) {
            ccsweep.train(setting, WARM_UP_STEPS, 0);
            System.out.printf("warm-up: one ccsweep training of %d steps at p = %s, not counted%n", WARM_UP_STEPS,
                    setting.p());
            rows.add(measure(setting, options.extraSeeds(), ccsweep, peer));
        }

        printTable(rows, peakGflops);
        if (options.profileSamplesPerK() > 0) {
            ProfileTiming timing = ProfileTiming.measure(rows.get(0).model(), options.profileSamplesPerK());
            System.out.printf("%nevaluator: %d-point log-grid profile (1e-3..1) of the p = %s seed-0 model, %d samples"
                    + " per k ≥ 2: %.2f s, worst relative SE %.3f %%%n", ProfileTiming.POINTS, settings[0].p(),
                    timing.samplesPerK(), timing.seconds(), 100 * timing.worstRelativeSe());
        }
        System.out.printf("%nload average at the end: %s (1, 5, 15 min; above 1 means other work shared the cores)%n",
                loadAverage());
    }

    /** ccsweep on seeds 0..extraSeeds (seed 0 timed and compared), then the peer on seed 0. */
    private static Row measure(Setting setting, int extraSeeds, CcsweepRunner ccsweep, PeerRunner peer) {
        CcResult model = ccsweep.train(setting, setting.steps(), 0);
        Measurement ours = CcsweepRunner.measure(model);
        report("ccsweep", setting, 0, ours);
        double[] seedLoss = new double[extraSeeds + 1];
        seedLoss[0] = ours.lossPerFeature();
        for (int seed = 1; seed <= extraSeeds; seed++) {
            Measurement other = CcsweepRunner.measure(ccsweep.train(setting, setting.steps(), seed));
            report("ccsweep", setting, seed, other);
            seedLoss[seed] = other.lossPerFeature();
        }
        Map<String, String> peerFields = peer.run(setting, 0);
        Measurement theirs = PeerRunner.measurement(peerFields);
        report("peer (torch " + peerFields.get("torch") + ", " + peerFields.get("blas") + ")", setting, 0, theirs);
        return new Row(setting, model, ours, theirs, Agreement.sampleStd(seedLoss), seedLoss.length,
                StepCost.of(Setting.N_FEATURES, Setting.D_MLP, setting.batch(), setting.p()));
    }

    private static void printHeader(BenchOptions options) {
        System.out.printf("ccsweep bench, %s, %s, %d cores, load average %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), cpuModel(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        String threads = System.getenv("OMP_NUM_THREADS");
        System.out.printf("threads: ccsweep JVM OMP_NUM_THREADS=%s%s; peer torch.set_num_threads(1),"
                + " OMP/OPENBLAS/MKL_NUM_THREADS=1; the two run one after the other%n",
                threads, "1".equals(threads) ? "" : " (NOT one thread: launch through bench/run)");
        System.out.printf("recipe: n = %d, d = %d, batch 2048, asymmetric M, AdamW(3e-3, (0.9, 0.999), 1e-8, wd 1e-2),"
                + " cosine; p = 0.01 trains %d steps, p = 0.001 trains %d (÷ (1 − 0.999^100))%n",
                Setting.N_FEATURES, Setting.D_MLP, options.baseSteps(), options.settings()[1].steps());
        System.out.printf("L/p at p_train: ccsweep's evaluator with %d samples per active count k ≥ 2;"
                + " peer plain Monte Carlo with %d samples; seed spread from %d ccsweep seeds%n",
                options.evalSamples(), options.peerEvalSamples(), options.extraSeeds() + 1);
    }

    private static void report(String who, Setting setting, long seed, Measurement m) {
        System.out.printf("  %-7s %s seed %d: %d steps, %.4f ms/step, L/p = %.5f ± %.2g%n",
                who, setting.label(), seed, m.stepsTimed(), m.msPerStep(), m.lossPerFeature(), m.stderr());
    }

    private static void printTable(List<Row> rows, double peakGflops) {
        System.out.println();
        System.out.println("| setting | steps (ccsweep / peer timed) | ccsweep ms/step | peer ms/step | speed-up"
                + " | ccsweep L/p ± SE | peer L/p ± SE | seed std (n) | agree? | FLOP-limit ms/step | ccsweep ÷ limit |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            Setting s = row.setting();
            Agreement agreement = Agreement.of(row.ours(), row.peer(), row.seedStd());
            String agree = s.peerIsPrefix()
                    ? "n/a: peer trained a prefix"
                    : String.format("%s (Δ %.5f vs %.5f + %.5f)", agreement.agrees() ? "yes" : "NO",
                            Math.abs(agreement.delta()), agreement.noiseTolerance(), agreement.seedAllowance());
            double limitMs = row.cost().flopLimitMs(peakGflops);
            System.out.printf("| %s | %d / %d%s | %.4f | %.3f | %.1fx | %.5f ± %.2g | %.5f ± %.2g | %.5f (%d) | %s"
                            + " | %.4f (%.1f M MACs) | %.2fx |%n",
                    s.label(), s.steps(), s.peerSteps(), s.peerIsPrefix() ? " (prefix)" : "",
                    row.ours().msPerStep(), row.peer().msPerStep(), row.peer().msPerStep() / row.ours().msPerStep(),
                    row.ours().lossPerFeature(), row.ours().stderr(), row.peer().lossPerFeature(), row.peer().stderr(),
                    row.seedStd(), row.seeds(), agree, limitMs, row.cost().totalMacs() / 1e6,
                    row.ours().msPerStep() / limitMs);
        }
        System.out.println();
        System.out.println("agree: abs(Δ L/p) < 3·sqrt(SE_ccsweep² + SE_peer²) + 3·√2·(seed std), the seed std measured"
                + " on ccsweep's seeds at the same setting; FLOP limit = 2 · MACs per step / sgemm peak.");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU (" + e.getMessage() + ")";
        }
    }
}
