package org.ccsweep.jobs.config;

import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.task.cc.baselines.BaselineKind;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * A validated sweep: what {@link SweepSpecs#from} read from the config, every value checked.
 * {@link SweepExpander} turns it into runs. Field meanings are documented key by key in reference.conf.
 */
public record SweepSpec(String name, URI output, List<Long> seeds, OptionalLong mixingSeed,
                        Grid grid, Model model, Train train, Eval eval, Analysis analysis, Baselines baselines,
                        Engine engine) {

    public SweepSpec {
        seeds = List.copyOf(seeds);
    }

    /** The axes of {@code sweep.grid}; every list non-empty. */
    public record Grid(List<ModelKind> model, List<MixingKind> mixing, List<Double> sigma, List<Double> pTrain, List<Boolean> learnSigma,
                       List<InputMode> inputMode, List<Integer> rank) {
        public Grid {
            model = List.copyOf(model);
            mixing = List.copyOf(mixing);
            sigma = List.copyOf(sigma);
            pTrain = List.copyOf(pTrain);
            learnSigma = List.copyOf(learnSigma);
            inputMode = List.copyOf(inputMode);
            rank = List.copyOf(rank);
        }
    }

    /** {@code model.*}: shapes and the low-rank options. */
    public record Model(int nFeatures, int dMlp, int dEmbed, boolean orthonormal, boolean tied,
                        boolean zeroDiagonal, boolean symmetrise) {
    }

    /** {@code train.*}. */
    public record Train(int steps, boolean scaleSteps, int batch, double lr, double beta1, double beta2, double eps,
                        double weightDecay, int curvePoints, int transplantSteps) {
    }

    /** {@code eval.*}. */
    public record Eval(List<Double> p, EvalPrecision precision) {
        public Eval {
            p = List.copyOf(p);
        }
    }

    /** {@code analysis.*}. */
    public record Analysis(boolean enabled) {
    }

    /**
     * {@code baselines.*}: the kinds (empty: none), baseline-only mode, the semi-NMF fit's options and the
     * naive-offset search (its p grid and scanned offsets, both ascending).
     */
    public record Baselines(List<BaselineKind> kinds, boolean only, int nmfMaxIterations, double nmfTolerance,
                            List<Double> offsetP, List<Double> offsets, double offsetTolerance, int offsetSamplesPerK) {
        public Baselines {
            kinds = List.copyOf(kinds);
            offsetP = List.copyOf(offsetP);
            offsets = List.copyOf(offsets);
        }
    }

    /**
     * {@code engine.*}; {@code cores} 0 means every available core; {@code lockstep} the most runs one
     * task trains together (1: every run alone).
     */
    public record Engine(int cores, int chunkSize, int lockstep, Backend backend) {
        public int resolvedCores() {
            return cores == 0 ? Runtime.getRuntime().availableProcessors() : cores;
        }
    }
}
