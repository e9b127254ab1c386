package org.ccsweep.model.task.uand;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.SeedStreams;

/**
 * The least width that reaches the error target, for one run's pair set and seed (the neuron-scaling study of
 * Adler and Shavit's bounds). Inputs and outputs are in superposition at the width probed: d_0 = d_out = d,
 * so that a width-d network has about 3d² parameters. Each probe draws its structure from the mixing stream
 * (the same m' pairs at every width, since they come first), its init from the init stream and trains on the
 * train stream's batches (the same inputs at every width), then measures its error on the metrics' inputs
 * (the same at every width): common random numbers, so that the error falls with d as smoothly as the
 * training allows.
 *
 * <p>The search gallops, then bisects: widths 1, 2, 4, … (capped at model.d-mlp) until one reaches the
 * target, then the integer bisection between the last miss lo and the least hit hi, midpoint ⌊(lo + hi)/2⌋,
 * until hi − lo ≤ max(1, ⌊tolerance · hi⌋) (uand.bisect.tolerance; 0 brackets to adjacent widths). d_min is
 * hi: the least width found to reach the target, within the tolerance of the crossing where the error falls
 * with d. When model.d-mlp misses, there is no d_min, and the run keeps the model.d-mlp network.
 */
final class Bisection {
    /**
     * @param dMin    the least width that reached the target; null when none did
     * @param probes  every width trained, in the order probed
     * @param chosen  the network kept: d_min's, or model.d-mlp's when none reached
     */
    record Search(Integer dMin, List<Probe> probes, Measured chosen) {
    }

    /** A trained network with its structure, training and metrics. */
    record Measured(Structure structure, Net net, Trainer.Trained trained, ReadoffMetrics metrics) {
    }

    private Bisection() {
    }

    static Search search(UandRun run) {
        List<Probe> probes = new ArrayList<>();
        int dMax = run.neurons();
        int lo = 0;
        Measured hit = null;
        Measured last = null;
        for (int d = 1; ; d = Math.min(2 * d, dMax)) {
            last = probe(run, d, probes);
            if (probes.get(probes.size() - 1).reached()) {
                hit = last;
                break;
            }
            lo = d;
            if (d == dMax) {
                return new Search(null, probes, last);
            }
        }
        int hi = hit.net().d;
        while (hi - lo > Math.max(1, (int) (run.tolerance() * hi))) {
            int mid = (lo + hi) / 2;
            Measured measured = probe(run, mid, probes);
            if (probes.get(probes.size() - 1).reached()) {
                hi = mid;
                hit = measured;
            } else {
                lo = mid;
            }
        }
        return new Search(hi, probes, hit);
    }

    private static Measured probe(UandRun run, int d, List<Probe> probes) {
        SeedStreams streams = run.streams();
        Structure structure = Structure.draw(run.features(), run.spec().get(UandKeys.PAIRS), d, d, streams.mixing());
        Net net = Net.init(run.firstLayer(), structure, d, UandExecutor.connectP(run), streams.init());
        Trainer.Trained trained = Trainer.train(run, structure, net, streams.train());
        ReadoffMetrics metrics = Metrics.measure("trained", structure, net, run.operation(), run.weights(), run.p(),
                run.evalSamples(), UandStreams.metrics(streams));
        probes.add(new Probe(d, metrics.rmsZero(), metrics.rmsPositive(), metrics.error(),
                metrics.error() <= run.target(), trained.finalLoss(), trained.seconds()));
        return new Measured(structure, net, trained, metrics);
    }
}
