package org.ccsweep.model.task.uand;

import java.io.Serializable;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.run.SeedStreams;

/**
 * A U-AND run's spec read through typed accessors, a view of a resolved {@link RunSpec} (which alone holds
 * the values). Notation of Hänni et al.: m boolean features (model.n-features), each on with probability
 * p (sweep.grid.p-train); m' outputs, one per pair; d neurons (model.d-mlp).
 *
 * @param spec the resolved run
 */
public record UandRun(RunSpec spec) implements Serializable {

    public static UandRun of(RunSpec spec) {
        return new UandRun(spec);
    }

    /** The run's random streams: the pairs and embeddings from its mixing seed, init, batches and evaluation from its seed. */
    public SeedStreams streams() {
        return SeedStreams.of(spec);
    }

    /** m, the boolean input features. */
    public int features() {
        return spec.nFeatures();
    }

    /** d, the neurons; the largest width a bisection probes. */
    public int neurons() {
        return spec.dMlp();
    }

    /** p, the probability that a feature is on, in training and in the metrics. */
    public double p() {
        return spec.pTrain();
    }

    public Operation operation() {
        return spec.get(UandKeys.OPERATION);
    }

    /** m': the number of pairs, C(m, 2) when uand.pairs is 0. */
    public int outputs() {
        int pairs = spec.get(UandKeys.PAIRS);
        return pairs == 0 ? Pairs.allPairs(features()) : pairs;
    }

    /** The width the network reads its inputs from: d_0, m for direct inputs, model.d-mlp in a bisection (at most). */
    public int inputWidth() {
        return bisect() ? neurons() : dEmbed() == 0 ? features() : dEmbed();
    }

    /** The width of the network's output: d_out, m' for direct outputs, model.d-mlp in a bisection (at most). */
    public int outputWidth() {
        return bisect() ? neurons() : dOut() == 0 ? outputs() : dOut();
    }

    /** d_0 of a run at a fixed width: 0 for inputs given directly. */
    public int dEmbed() {
        return spec.get(UandKeys.D_EMBED);
    }

    /** d_out of a run at a fixed width: 0 for one output per pair. */
    public int dOut() {
        return spec.get(UandKeys.D_OUT);
    }

    public FirstLayer firstLayer() {
        return spec.get(UandKeys.FIRST_LAYER);
    }

    /** p_w of the construction's first layer. */
    public double connectP() {
        return spec.get(UandKeys.CONNECT_P);
    }

    /** The loss's weights of zero and positive labels. */
    public LossWeights weights() {
        return spec.get(UandKeys.BALANCED) ? LossWeights.balanced(operation().positiveRate(p())) : LossWeights.PLAIN;
    }

    /** Whether the run fits the closed-form read-off too (runs with one output per pair). */
    public boolean ridge() {
        return spec.has(UandKeys.RIDGE_PENALTY);
    }

    public double ridgePenalty() {
        return spec.get(UandKeys.RIDGE_PENALTY);
    }

    public int ridgeSamples() {
        return spec.get(UandKeys.RIDGE_SAMPLES);
    }

    /** Samples of the metrics at p (uand_metrics, uand_accuracy, and each bisection probe's errors). */
    public int evalSamples() {
        return spec.get(UandKeys.EVAL_SAMPLES);
    }

    /** Whether the run searches the least width that reaches {@link #target()}. */
    public boolean bisect() {
        return spec.get(UandKeys.BISECT);
    }

    /** The error target of a bisection: the larger of the RMS errors on zeros and on positives. */
    public double target() {
        return spec.get(UandKeys.BISECT_TARGET);
    }

    /** The bisection's resolution relative to the width: it stops at hi − lo ≤ max(1, ⌊tolerance · hi⌋). */
    public double tolerance() {
        return spec.get(UandKeys.BISECT_TOLERANCE);
    }
}
