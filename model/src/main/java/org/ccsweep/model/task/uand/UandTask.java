package org.ccsweep.model.task.uand;

import java.util.List;
import java.util.Optional;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.Footprint;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Violation;

/**
 * U-AND and U-XOR (Hänni, Mendel, Vaintrob, Chan 2024; shared/beyond.md): m boolean features each on with
 * probability p, labels the AND (or XOR) of all C(m, 2) pairs or of m' random ones, a one-hidden-layer ReLU
 * MLP with biases and a linear read-off, inputs direct or in superposition, outputs direct or in
 * superposition, the first layer trained or frozen at a random init; and the neuron-scaling study of Adler
 * and Shavit's bounds, one run per pair set and seed bisecting the width. Every run trains alone.
 */
public final class UandTask implements Task {
    public static final String NAME = "uand";
    /** The most parameters (d_0 d + d + d d_out) a run's network may have. */
    static final long MAX_PARAMETERS = 100_000_000L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Key<?>> keys() {
        return UandKeys.ALL;
    }

    @Override
    public List<Key<?>> gridOrder() {
        return UandKeys.GRID;
    }

    @Override
    public List<Key<?>> summaryKeys() {
        return List.of(UandKeys.OPERATION, UandKeys.FIRST_LAYER, UandKeys.PAIRS, Keys.P_TRAIN, Keys.D_MLP,
                UandKeys.BISECT);
    }

    @Override
    public Optional<Violation> check(RunSpec raw) {
        int m = raw.nFeatures();
        if (m < 2) {
            return Optional.of(Violation.of(Keys.N_FEATURES, m + " is not ≥ 2: a pair needs two features"));
        }
        long all = (long) m * (m - 1) / 2;
        if (all > Integer.MAX_VALUE) {
            return Optional.of(Violation.of(Keys.N_FEATURES, m + " makes C(m, 2) = " + all + " pairs, more than "
                    + Integer.MAX_VALUE));
        }
        int pairs = raw.get(UandKeys.PAIRS);
        if (pairs > all) {
            return Optional.of(Violation.of(UandKeys.PAIRS, pairs + " is not ≤ C(m, 2) = " + all
                    + ", the pairs of model.n-features = " + m, Keys.N_FEATURES));
        }
        long outputs = pairs == 0 ? all : pairs;
        boolean bisect = raw.get(UandKeys.BISECT);
        Optional<Violation> widths = bisect ? tiedWidths(raw) : widths(raw, m, outputs);
        if (widths.isPresent()) {
            return widths;
        }
        if (raw.get(UandKeys.BALANCED) && raw.pTrain() == 1.0) {
            return Optional.of(Violation.of(UandKeys.BALANCED, "true needs sweep.grid.p-train < 1, which is 1: at p = 1"
                    + " every label is 1 (AND) or 0 (XOR), so there is no class to balance", Keys.P_TRAIN));
        }
        UandRun run = UandRun.of(raw);
        long dIn = run.inputWidth();
        long dOut = run.outputWidth();
        long parameters = (dIn + 1 + dOut) * raw.dMlp();
        if (parameters > MAX_PARAMETERS) {
            return Optional.of(Violation.of(Keys.D_MLP, raw.dMlp() + " makes a network of " + parameters
                    + " parameters (d_0 = " + dIn + ", d_out = " + dOut + "), more than " + MAX_PARAMETERS,
                    Keys.N_FEATURES, UandKeys.PAIRS));
        }
        return Optional.empty();
    }

    /** At a fixed width: an embedding has fewer dimensions than the features (or outputs) it holds. */
    private static Optional<Violation> widths(RunSpec raw, int m, long outputs) {
        int dEmbed = raw.get(UandKeys.D_EMBED);
        if (dEmbed >= m) {
            return Optional.of(Violation.of(UandKeys.D_EMBED, dEmbed + " is not < model.n-features (" + m
                    + "): an embedding puts the features in fewer dimensions (0 gives them directly)", Keys.N_FEATURES));
        }
        int dOut = raw.get(UandKeys.D_OUT);
        if (dOut >= outputs) {
            return Optional.of(Violation.of(UandKeys.D_OUT, dOut + " is not < the number of outputs m' = " + outputs
                    + ": outputs in superposition take fewer dimensions (0 gives one per pair)", UandKeys.PAIRS,
                    Keys.N_FEATURES));
        }
        return Optional.empty();
    }

    /** In a bisection the embeddings' widths are the width probed, so they may not be set. */
    private static Optional<Violation> tiedWidths(RunSpec raw) {
        for (Key<Integer> key : List.of(UandKeys.D_EMBED, UandKeys.D_OUT)) {
            if (raw.get(key) != 0) {
                return Optional.of(Violation.of(key, raw.get(key) + " is not 0: with uand.bisect.enabled = true the"
                        + " inputs and outputs are in superposition at the width probed", UandKeys.BISECT));
            }
        }
        return Optional.empty();
    }

    /**
     * The run as it trains: p_w only for the construction; the ridge keys only where outputs are one per pair
     * at a fixed width; the embedding widths only at a fixed width; the target and tolerance only for a bisection.
     */
    @Override
    public RunSpec resolve(RunSpec raw) {
        RunSpec.Builder run = raw.toBuilder();
        if (raw.get(UandKeys.FIRST_LAYER) != FirstLayer.CONSTRUCTION) {
            run.remove(UandKeys.CONNECT_P);
        }
        boolean bisect = raw.get(UandKeys.BISECT);
        if (bisect) {
            run.remove(UandKeys.D_EMBED).remove(UandKeys.D_OUT);
        } else {
            run.remove(UandKeys.BISECT_TARGET).remove(UandKeys.BISECT_TOLERANCE);
        }
        if (bisect || raw.get(UandKeys.D_OUT) != 0) {
            run.remove(UandKeys.RIDGE_PENALTY).remove(UandKeys.RIDGE_SAMPLES);
        }
        return run.build();
    }

    /**
     * Floats of the batch's rows (H, dZ: B·d; Ŷ, G: B·d_out), the parameters with their gradients and AdamW's
     * two moments (16 bytes each), the embeddings, G_out and E_outᵀ, E_in W_1; and, where the ridge read-off is
     * fitted, its sums in double, S and S_i (m + 1 of d × d) and at most one S_ij per output. A bisection at its
     * largest width, model.d-mlp, with d_0 = d_out = d.
     */
    @Override
    public Footprint footprint(RunSpec spec) {
        UandRun run = UandRun.of(spec);
        long b = spec.batch();
        long d = run.neurons();
        long m = run.features();
        long outputs = run.outputs();
        long dIn = run.inputWidth();
        long dOut = run.outputWidth();
        long parameters = (dIn + 1 + dOut) * d;
        long bytes = 4 * (2 * b * d + 2 * b * dOut) + 16 * parameters
                + 4 * (m * dIn + 2 * outputs * dOut + dOut * dOut + m * d) + (run.ridge() ? 8 * (m + 1 + outputs) * d * d : 0);
        return new Footprint(bytes, Keys.D_MLP, "8·B·(d + d_out) + 16·(d_0 + 1 + d_out)·d + 4·(m·d_0 + 2·m'·d_out + d_out² + m·d)"
                + (run.ridge() ? " + 8·(m + 1 + m')·d²" : "") + " bytes at B = train.batch, d = model.d-mlp, m = model.n-features");
    }

    @Override
    public RunResult execute(RunSpec spec) {
        return UandOutput.of(UandExecutor.execute(UandRun.of(spec)));
    }

    @Override
    public Optional<String> lockstepKey(RunSpec spec) {
        return Optional.empty();
    }

    @Override
    public List<Outcome> executeTogether(List<RunSpec> specs) {
        throw new IllegalArgumentException("U-AND runs train alone; no lock-step group holds " + specs.size() + " runs");
    }

    /** The run's network at its fixed width (a bisection's at model.d-mlp, inputs and outputs in superposition). */
    @Override
    public DenseProblem problem(RunSpec spec) {
        UandRun run = UandRun.of(spec);
        int d = run.neurons();
        Structure structure = run.bisect()
                ? Structure.draw(run.features(), spec.get(UandKeys.PAIRS), d, d, run.streams().mixing())
                : Structure.of(run);
        return new UandProblem(structure, d, run.operation(), run.weights());
    }
}
