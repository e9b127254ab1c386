package org.ccsweep.model.task.uand;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.SeedStreams;

/**
 * Executes one U-AND run: at a fixed width, the structure from the mixing stream, the init from the init
 * stream, training on the train stream; with uand.bisect.enabled, the {@link Bisection} over widths. Then
 * the kept network is measured: its read-off's errors ({@link Metrics}) at p_train on the metrics' inputs,
 * the closed-form read-off's ({@link Ridge}) on the same inputs where outputs are one per pair, and its loss
 * profile over eval.p.
 */
final class UandExecutor {
    private UandExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when a training produced a non-finite loss */
    static UandResult execute(UandRun run) {
        if (run.bisect()) {
            Bisection.Search search = Bisection.search(run);
            Bisection.Measured kept = search.chosen();
            double trainSeconds = search.probes().stream().mapToDouble(Probe::trainSeconds).sum();
            return evaluate(run, kept, trainSeconds, search.dMin(), search.probes());
        }
        SeedStreams streams = run.streams();
        Structure structure = Structure.of(run);
        Net net = Net.init(run.firstLayer(), structure, run.neurons(), connectP(run), streams.init());
        Trainer.Trained trained = Trainer.train(run, structure, net, streams.train());
        ReadoffMetrics metrics = Metrics.measure("trained", structure, net, run.operation(), run.weights(), run.p(),
                run.evalSamples(), UandStreams.metrics(streams));
        return evaluate(run, new Bisection.Measured(structure, net, trained, metrics), trained.seconds(), null,
                List.of());
    }

    /** p_w of the construction; unused (0) by the other first layers. */
    static double connectP(UandRun run) {
        return run.firstLayer() == FirstLayer.CONSTRUCTION ? run.connectP() : 0.0;
    }

    /**
     * L/p at p_train of the network that outputs 0 everywhere, which computes nothing (W_2 = 0 is open to every
     * configuration): its objective is w(1) π, the weight of a positive label times the rate of positive labels, so
     * L/p = w(1) π / p: 1/(2p) with the balanced loss, π/p (p for AND, 2(1 − p) for XOR) with the plain MSE.
     */
    static double naiveReference(UandRun run) {
        return run.weights().positive() * run.operation().positiveRate(run.p()) / run.p();
    }

    private static UandResult evaluate(UandRun run, Bisection.Measured kept, double trainSeconds, Integer dMin,
            List<Probe> probes) {
        long start = System.nanoTime();
        SeedStreams streams = run.streams();
        List<ReadoffMetrics> metrics = new ArrayList<>(List.of(kept.metrics()));
        if (run.ridge()) {
            float[] readoff = Ridge.fit(kept.structure(), kept.net(), run.operation(), run.weights(), run.p(),
                    run.ridgePenalty(), run.ridgeSamples(), UandStreams.ridge(streams));
            metrics.add(Metrics.measure("ridge", kept.structure(), kept.net().withReadoff(readoff), run.operation(),
                    run.weights(), run.p(), run.evalSamples(), UandStreams.metrics(streams)));
        }
        LossProfile profile = Profile.measure(kept.structure(), kept.net(), run.operation(), run.weights(),
                run.spec().evalP(), run.spec().evalPrecision(), UandStreams.profile(streams));
        double evalSeconds = (System.nanoTime() - start) * 1e-9;
        Trainer.Trained trained = kept.trained();
        return new UandResult(run, trained.finalLoss(), trainSeconds, evalSeconds, trained.curveSteps(),
                trained.curveLoss(), profile, metrics, naiveReference(run), dMin, probes);
    }
}
