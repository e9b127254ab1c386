package org.ccsweep.model.task.cc;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.train.Schedule;

/**
 * A CC run's spec read through typed accessors: a view of a resolved {@link RunSpec}, which alone holds
 * the values (so nothing here can escape the run's identity). Shapes follow the paper: n features (100),
 * d neurons (50); the simplified model is ŷ = ReLU(x · W_in) · W_out with W_in ∈ R^{n × d},
 * W_out ∈ R^{d × n}, labels y = ReLU(x) + |s| · x · Mᵀ.
 *
 * @param spec the resolved run
 */
public record CcRun(RunSpec spec) implements java.io.Serializable {

    public static CcRun of(RunSpec spec) {
        return new CcRun(spec);
    }

    public String id() {
        return spec.id();
    }

    public String canonical() {
        return spec.canonical();
    }

    /** The run's random streams: M from its mixing seed, init, batches and evaluation from its seed. */
    public SeedStreams streams() {
        return SeedStreams.of(spec);
    }

    /** n, input and output features. */
    public int nFeatures() {
        return spec.nFeatures();
    }

    /** d, ReLU neurons. */
    public int dMlp() {
        return spec.dMlp();
    }

    /** Embedding width of the embedding kind of M and of the residual model (1000). */
    public int dEmbed() {
        return spec.get(CcKeys.D_EMBED);
    }

    public InputMode inputMode() {
        return spec.get(CcKeys.INPUT_MODE);
    }

    /** Feature probability during training (ignored by exactly-one inputs). */
    public double pTrain() {
        return spec.pTrain();
    }

    public MixingKind mixing() {
        return spec.get(CcKeys.MIXING);
    }

    /** The options of the low-rank kind; null for other kinds. */
    public LowRankOptions lowRank() {
        return spec.has(CcKeys.RANK) ? new LowRankOptions(spec.get(CcKeys.RANK), spec.get(CcKeys.ORTHONORMAL),
                spec.get(CcKeys.TIED), spec.get(CcKeys.ZERO_DIAGONAL), spec.get(CcKeys.SYMMETRISE)) : null;
    }

    /** The scale s of M_s = |s| M; the initial value when {@link #learnSigma()}. */
    public double sigma() {
        return spec.get(CcKeys.SIGMA);
    }

    public boolean learnSigma() {
        return spec.get(CcKeys.LEARN_SIGMA);
    }

    /** Optimiser steps, already scaled when the sweep asked for step scaling. */
    public int steps() {
        return spec.steps();
    }

    public int batch() {
        return spec.batch();
    }

    public double lr() {
        return spec.lr();
    }

    /** How the rate moves from lr over the steps (the paper's: cosine to 0). */
    public Schedule schedule() {
        return spec.schedule();
    }

    public double beta1() {
        return spec.beta1();
    }

    public double beta2() {
        return spec.beta2();
    }

    public double eps() {
        return spec.eps();
    }

    public double weightDecay() {
        return spec.weightDecay();
    }

    public long seed() {
        return spec.seed();
    }

    /** The seed of the M stream; the run seed unless the sweep pins M. */
    public long mixingSeed() {
        return spec.mixingSeed();
    }

    public double[] evalP() {
        return spec.evalP();
    }

    public EvalPrecision evalPrecision() {
        return spec.evalPrecision();
    }

    public int curvePoints() {
        return spec.curvePoints();
    }

    /** The network trained; the residual model needs the embedding kind, a fixed s and no transplant. */
    public ModelKind model() {
        return spec.get(CcKeys.MODEL);
    }

    /** Steps of a second phase on clean labels (M = 0) after {@link #steps()} on the noisy ones; 0 for none. */
    public int transplantSteps() {
        return spec.get(CcKeys.TRANSPLANT_STEPS);
    }

    /** Whether the run also computes the analyses of its final model. */
    public boolean analysis() {
        return spec.get(CcKeys.ANALYSIS);
    }
}
