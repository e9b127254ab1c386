package org.ccsweep.bench.gpu;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peers' figures beside the CUDA trainer's, the ratios, the L/p agreement and the targets:
 * ≥ 100,000 paper-recipe trainings per hour, ≥ 3x the batched peer, ≥ 100x the one-at-a-time loop,
 * Figure 5 right end to end in under 2 minutes.
 */
final class Targets {
    private Targets() {
    }

    static void report(Map<Integer, Double> ours, GpuCheck.Figure5 figure5, PeerResults peers, int steps) {
        double best = Collections.max(ours.values());
        System.out.printf("%n## PyTorch peers on the same GPU%n%n");
        if (peers.isEmpty()) {
            System.out.println("no peer results (--peers): bench/peer/cc_torch_gpu.py did not run");
        } else {
            System.out.println("| peer | G | µs per step per model | trainings per hour | ccsweep ÷ peer |");
            System.out.println("|---|---|---|---|---|");
            peers.find("loop", "timing", 1).ifPresent(loop -> row("loop (one model at a time)", 1, loop, best));
            for (Map.Entry<Integer, Double> g : ours.entrySet()) {
                peers.find("batched", "timing", g.getKey()).ifPresent(peer -> row("batched (torch.bmm)", g.getKey(), peer,
                        g.getValue()));
            }
            agreement("loop", peers.find("loop", "train", 0), figure5);
            agreement("batched", peers.find("batched", "train", 0), figure5);
        }
        System.out.printf("%n## Targets%n%n| target | measured | met? |%n|---|---|---|%n");
        System.out.printf("| ≥ 100,000 trainings per hour | %,.0f (best G) | %s |%n", best, met(best >= 100_000));
        double bestBatched = ours.keySet().stream().map(g -> peers.find("batched", "timing", g))
                .flatMap(Optional::stream).mapToDouble(p -> value(p, "trainings_per_hour")).max().orElse(Double.NaN);
        if (!Double.isNaN(bestBatched)) {
            System.out.printf("| ≥ 3x the batched peer (best G of each) | %.1fx | %s |%n", best / bestBatched,
                    met(best >= 3 * bestBatched));
        }
        peers.find("loop", "timing", 1).ifPresent(loop -> {
            double ratio = best / value(loop, "trainings_per_hour");
            System.out.printf("| ≥ 100x the one-at-a-time loop | %.0fx | %s |%n", ratio, met(ratio >= 100));
        });
        System.out.printf("| Figure 5 right (410 runs, %d steps) end to end < 2 min | %.1f s | %s |%n", steps,
                figure5.totalSeconds(), met(figure5.totalSeconds() < 120));
    }

    private static void row(String peer, int models, Map<String, String> result, double oursPerHour) {
        double perHour = value(result, "trainings_per_hour");
        System.out.printf("| %s | %d | %.3f | %,.0f | %.1fx |%n", peer, models,
                value(result, "ms_per_step_per_model") * 1e3, perHour, oursPerHour / perHour);
    }

    /**
     * The peer's mean L/p over its models against ccsweep's over the 5 seeds of asymmetric σ = 0.02 in the
     * Figure 5 group: they agree when the means differ by less than 3 standard errors of the difference
     * (each side's seed spread over √n; the peer's includes its Monte Carlo error).
     */
    private static void agreement(String peer, Optional<Map<String, String>> result, GpuCheck.Figure5 figure5) {
        if (result.isEmpty()) {
            return;
        }
        List<Double> ours = figure5.paperDefault();
        double[] ourStats = GpuCheck.meanStd(ours);
        double peerMean = value(result.get(), "lp_mean");
        double peerStd = value(result.get(), "lp_std");
        int peerModels = (int) value(result.get(), "models");
        double spread = Math.sqrt(ourStats[1] * ourStats[1] / ours.size()
                + (Double.isNaN(peerStd) ? ourStats[1] * ourStats[1] : peerStd * peerStd) / peerModels);
        double difference = Math.abs(ourStats[0] - peerMean);
        System.out.printf("%nL/p at p = 0.01, asymmetric σ = 0.02: ccsweep %.5f ± %.5f (%d seeds), %s peer %.5f ± %.5f "
                + "(%d models, %s steps): |Δ| = %.5f, 3 SE = %.5f: %s%n", ourStats[0], ourStats[1], ours.size(), peer,
                peerMean, peerStd, peerModels, result.get().get("steps"), difference, 3 * spread,
                difference < 3 * spread ? "agree" : "DISAGREE");
    }

    private static double value(Map<String, String> result, String key) {
        return Double.parseDouble(result.get(key));
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }
}
