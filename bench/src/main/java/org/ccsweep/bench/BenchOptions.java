package org.ccsweep.bench;

/**
 * Command-line options of {@link BenchMain}.
 *
 * @param baseSteps          steps at p = 0.01; p = 0.001 trains baseSteps / (1 − 0.999^100)
 * @param peerPrefixSteps    steps the peer times at p = 0.001 (a prefix of its schedule), or 0 for all
 * @param extraSeeds         further ccsweep seeds per setting, to measure the seed-to-seed spread of L/p
 * @param evalSamples        cap on ccsweep's evaluator samples for L/p at p_train
 * @param peerEvalSamples    the peer's plain Monte Carlo samples at p_train
 * @param profileSamplesPerK samples per k of the 100-point profile timing, 0 to skip it
 * @param python             the interpreter of the peer
 * @param peerScript         path of cc_torch.py
 */
public record BenchOptions(int baseSteps, int peerPrefixSteps, int extraSeeds, int evalSamples, int peerEvalSamples,
                           int profileSamplesPerK, String python, String peerScript) {

    static final String USAGE = """
            usage: BenchMain [--quick] [--steps N] [--peer-prefix N | --peer-full] [--seeds K]
                             [--eval-samples N] [--peer-eval-samples N] [--profile-samples N | --no-profile]
                             [--python PATH] [--peer-script PATH]
              --quick              1,000 steps at p = 0.01, peer prefix 300 at p = 0.001, 2 extra seeds
              --steps N            steps at p = 0.01 (default 10,000); p = 0.001 trains N / (1 − 0.999^100)
              --peer-prefix N      the peer times the first N steps of its p = 0.001 schedule (default 3,000)
              --peer-full          the peer trains its whole p = 0.001 schedule (≈ 105,000 steps, long)
              --seeds K            extra ccsweep seeds per setting for the seed spread of L/p (default 4)
              --eval-samples N     cap on ccsweep's evaluator samples for L/p at p_train (default 200,000)
              --peer-eval-samples N  the peer's Monte Carlo samples at p_train (default 1,000,000)
              --profile-samples N  samples per k of the timed 100-point profile (default 3,000)
              --no-profile         skip the profile timing
            """;

    public static BenchOptions parse(String[] args) {
        int baseSteps = 10_000;
        int peerPrefix = 3_000;
        int extraSeeds = 4;
        int evalSamples = 200_000;
        int peerEvalSamples = 1_000_000;
        int profileSamples = 3_000;
        String python = "/usr/bin/python3";
        String peerScript = "bench/peer/cc_torch.py";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    baseSteps = 1_000;
                    peerPrefix = 300;
                    extraSeeds = 2;
                }
                case "--steps" -> baseSteps = positive(args, ++i);
                case "--peer-prefix" -> peerPrefix = positive(args, ++i);
                case "--peer-full" -> peerPrefix = 0;
                case "--seeds" -> extraSeeds = positive(args, ++i);
                case "--eval-samples" -> evalSamples = positive(args, ++i);
                case "--peer-eval-samples" -> peerEvalSamples = positive(args, ++i);
                case "--profile-samples" -> profileSamples = positive(args, ++i);
                case "--no-profile" -> profileSamples = 0;
                case "--python" -> python = value(args, ++i);
                case "--peer-script" -> peerScript = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'\n" + USAGE);
            }
        }
        return new BenchOptions(baseSteps, peerPrefix, extraSeeds, evalSamples, peerEvalSamples, profileSamples,
                python, peerScript);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int positive(String[] args, int i) {
        String text = value(args, i);
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + ": '" + text + "' is not an integer", e);
        }
        if (v <= 0) {
            throw new IllegalArgumentException(args[i - 1] + ": " + v + " is not positive");
        }
        return v;
    }

    /** The two benchmarked settings: p = 0.01 at baseSteps and p = 0.001 with the paper's step scaling. */
    public Setting[] settings() {
        int sparseSteps = Setting.scaledSteps(baseSteps, 0.001);
        int peerSparse = peerPrefixSteps == 0 ? sparseSteps : Math.min(peerPrefixSteps, sparseSteps);
        return new Setting[] {
            new Setting(0.01, 0.02, 2048, baseSteps, baseSteps),
            new Setting(0.001, 0.02, 2048, sparseSteps, peerSparse),
        };
    }
}
