package org.ccsweep.model.task.tms;

import java.io.Serializable;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.run.SeedStreams;

/**
 * A TMS run's spec read through typed accessors: a view of a resolved {@link RunSpec}, which alone holds the
 * values. Shapes follow the paper: n features, m hidden dimensions (the generic {@code model.d-mlp}), W ∈ R^{m × n}
 * with column W_i the embedding of feature i, stored as the notebook's per-instance {@code (n_features, n_hidden)}
 * tensor: n × m row-major, row i = W_i.
 *
 * @param spec the resolved run
 */
public record TmsRun(RunSpec spec) implements Serializable {

    public static TmsRun of(RunSpec spec) {
        return new TmsRun(spec);
    }

    /** n, input and output features. */
    public int n() {
        return spec.nFeatures();
    }

    /** m, hidden dimensions. */
    public int m() {
        return spec.dMlp();
    }

    /** p, the probability of feature 0 during training. */
    public double pTrain() {
        return spec.pTrain();
    }

    /** The seed streams: W's init, the training batches and the evaluation samples (TMS draws no fixed structure). */
    public SeedStreams streams() {
        return SeedStreams.of(spec);
    }

    /** I_i = r^i for i = 0..n−1, r = tms.importance-decay. */
    public double[] importance() {
        return powers(1.0, spec.get(TmsKeys.IMPORTANCE_DECAY), n());
    }

    /** p_i = p · q^i for i = 0..n−1, q = tms.density-decay: the per-feature probabilities at base probability p. */
    public double[] probabilities(double p) {
        return powers(p, spec.get(TmsKeys.DENSITY_DECAY), n());
    }

    /** first · ratio^i for i = 0..count−1, each power computed directly (Math.pow), not by repeated products. */
    static double[] powers(double first, double ratio, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = first * Math.pow(ratio, i);
        }
        return values;
    }
}
