package org.ccsweep.model.run;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * One fully resolved training run: every number the run depends on, nothing implicit.
 *
 * <p>Shapes follow the paper: nFeatures n (100), dMlp d (50); the simplified model is
 * ŷ = ReLU(x · W_in) · W_out with W_in ∈ R^{n × d}, W_out ∈ R^{d × n}.
 *
 * @param nFeatures   n, input and output features
 * @param dMlp        d, ReLU neurons
 * @param dEmbed      embedding width of the {@code EMBEDDING} mixing kind (1000)
 * @param inputMode   how inputs are drawn
 * @param pTrain      feature probability during training (ignored by {@code EXACTLY_ONE})
 * @param mixing      kind of M
 * @param lowRank     options of the {@code LOW_RANK} kind, null for other kinds
 * @param sigma       the scale s of M_s = |s| M; the initial value when {@code learnSigma}
 * @param learnSigma  whether s is a trainable scalar optimised jointly with the weights
 * @param steps       optimiser steps (already scaled when the sweep asked for step scaling)
 * @param batch       samples per step
 * @param lr          AdamW peak learning rate, annealed to 0 by a cosine over {@code steps}
 * @param beta1       AdamW β1
 * @param beta2       AdamW β2
 * @param eps         AdamW ε
 * @param weightDecay AdamW decoupled weight decay (θ ← θ − lr·wd·θ)
 * @param seed        the run seed: init, training data and evaluation streams derive from it
 * @param mixingSeed  the seed of the M stream; equals {@code seed} unless the sweep pins M
 * @param evalP       the p_eval grid of the loss profile, ascending, each in (0, 1]
 * @param evalPrecision how precisely the loss profile is measured (target relative SE, pilot, cap)
 * @param curvePoints number of points of the thinned training curve
 * @param model       the network trained; {@code RESIDUAL} needs the {@code EMBEDDING} kind, a fixed s and no transplant
 * @param transplantSteps steps of a second phase on clean labels (M = 0) continuing the same weights after
 *                    {@code steps} on the noisy ones (the transplant experiment); 0 for none
 * @param analysis    whether the run also computes the analyses of its final model ({@link org.ccsweep.model.task.cc.analysis.RunAnalyses})
 */
public record RunSpec(
        int nFeatures,
        int dMlp,
        int dEmbed,
        InputMode inputMode,
        double pTrain,
        MixingKind mixing,
        LowRankOptions lowRank,
        double sigma,
        boolean learnSigma,
        int steps,
        int batch,
        double lr,
        double beta1,
        double beta2,
        double eps,
        double weightDecay,
        long seed,
        long mixingSeed,
        double[] evalP,
        EvalPrecision evalPrecision,
        int curvePoints,
        ModelKind model,
        int transplantSteps,
        boolean analysis) implements Serializable {

    public RunSpec {
        evalP = evalP.clone();
        if (transplantSteps < 0) {
            throw new IllegalArgumentException("transplantSteps must be ≥ 0, got " + transplantSteps);
        }
        if ((mixing == MixingKind.LOW_RANK) != (lowRank != null)) {
            throw new IllegalArgumentException("lowRank options are required for LOW_RANK mixing and only for it");
        }
    }

    @Override
    public double[] evalP() {
        return evalP.clone();
    }

    /**
     * Every field in a fixed order with exact decimal representations: the identity of the run.
     * Two specs with the same canonical form train bit-identical models on the CPU backend.
     */
    public String canonical() {
        return "n=" + nFeatures + ";d=" + dMlp + ";dEmbed=" + dEmbed + ";input=" + inputMode
                + ";p=" + exact(pTrain) + ";mixing=" + mixing + ";lowRank=" + lowRank
                + ";sigma=" + exact(sigma) + ";learnSigma=" + learnSigma + ";steps=" + steps
                + ";batch=" + batch + ";lr=" + exact(lr) + ";beta1=" + exact(beta1) + ";beta2=" + exact(beta2)
                + ";eps=" + exact(eps) + ";wd=" + exact(weightDecay) + ";seed=" + seed
                + ";mixingSeed=" + mixingSeed + ";evalP=" + Arrays.stream(evalP).mapToObj(RunSpec::exact).toList()
                + ";evalRelSe=" + exact(evalPrecision.targetRelativeSe()) + ";evalPilot=" + evalPrecision.pilotPerK()
                + ";evalMax=" + evalPrecision.maxSamples() + ";curvePoints=" + curvePoints + ";model=" + model
                + ";transplantSteps=" + transplantSteps + ";analysis=" + analysis;
    }

    /** A stable run id: the first 16 hex digits of SHA-256 of {@link #canonical()}. */
    public String id() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String exact(double v) {
        return Double.toHexString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunSpec other && canonical().equals(other.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return "RunSpec[" + canonical() + "]";
    }
}
