package org.ccsweep.jobs.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * Expands a sweep into its runs: the grid × seeds, in a stable order (model, mixing, input-mode,
 * learn-sigma, p-train, sigma, rank, then seed innermost, each axis in the order written), so the
 * seeds of a grid point are adjacent. Combinations that resolve to the same run (the rank axis of a
 * kind that is not low-rank; the sigma axis of the clean kind with a fixed σ, where M = 0 makes σ
 * irrelevant and the run records σ = 0; the sigma axis of the residual model, which has no scale and
 * records σ = 1) appear once, at their first position.
 *
 * <p>Each run's p_eval grid is eval.p with the run's p-train added when absent, ascending. Steps are
 * scaled by {@link StepScaling} for Bernoulli inputs when train.scale-steps is on; the transplant
 * phase's steps are not.
 */
public final class SweepExpander {
    private SweepExpander() {
    }

    public static List<RunSpec> expand(SweepSpec sweep) {
        SweepSpec.Grid grid = sweep.grid();
        Set<RunSpec> runs = new LinkedHashSet<>();
        for (ModelKind model : grid.model()) {
            for (MixingKind mixing : grid.mixing()) {
                for (InputMode inputMode : grid.inputMode()) {
                    for (boolean learnSigma : grid.learnSigma()) {
                        for (double pTrain : grid.pTrain()) {
                            for (double sigma : grid.sigma()) {
                                for (int rank : grid.rank()) {
                                    for (long seed : sweep.seeds()) {
                                        runs.add(run(sweep, model, mixing, inputMode, learnSigma, pTrain, sigma, rank,
                                                seed));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(runs);
    }

    private static RunSpec run(SweepSpec sweep, ModelKind model, MixingKind mixing, InputMode inputMode,
            boolean learnSigma, double pTrain, double sigma, int rank, long seed) {
        SweepSpec.Model shape = sweep.model();
        SweepSpec.Train train = sweep.train();
        LowRankOptions lowRank = mixing == MixingKind.LOW_RANK
                ? new LowRankOptions(rank, shape.orthonormal(), shape.tied(), shape.zeroDiagonal(), shape.symmetrise())
                : null;
        int steps = train.scaleSteps() && inputMode == InputMode.BERNOULLI
                ? (int) StepScaling.scaledSteps(train.steps(), pTrain, shape.nFeatures())
                : train.steps();
        double runSigma = model == ModelKind.RESIDUAL ? 1 : mixing == MixingKind.CLEAN && !learnSigma ? 0 : sigma;
        return new RunSpec(shape.nFeatures(), shape.dMlp(), shape.dEmbed(), inputMode, pTrain, mixing, lowRank,
                runSigma, learnSigma, steps, train.batch(), train.lr(), train.beta1(), train.beta2(), train.eps(),
                train.weightDecay(), seed, sweep.mixingSeed().orElse(seed), evalGrid(sweep.eval().p(), pTrain),
                sweep.eval().precision(), train.curvePoints(), model, train.transplantSteps(),
                sweep.analysis().enabled());
    }

    private static double[] evalGrid(List<Double> p, double pTrain) {
        TreeSet<Double> grid = new TreeSet<>(p);
        grid.add(pTrain);
        return grid.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
