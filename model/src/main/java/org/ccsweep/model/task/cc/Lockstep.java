package org.ccsweep.model.task.cc;

import java.util.Optional;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * Which runs can train together in lock-step ({@link RunExecutor#executeTogether}): simplified models
 * without a transplant whose specs differ at most in σ, learnt σ and the analysis flag. Such runs have
 * the same seed, so the same M (before σ), the same initial weights and the same batches, and a
 * lock-step group draws and analyses each batch once for all of them. Each run's result is the same,
 * bit for bit, as when it trains alone.
 */
public final class Lockstep {
    private Lockstep() {
    }

    /** The key runs share to train together; empty for runs that always train alone. */
    public static Optional<String> key(RunSpec s) {
        if (s.model() != ModelKind.SIMPLIFIED || s.transplantSteps() > 0) {
            return Optional.empty();
        }
        return Optional.of(new RunSpec(s.nFeatures(), s.dMlp(), s.dEmbed(), s.inputMode(), s.pTrain(), s.mixing(),
                s.lowRank(), 0.0, false, s.steps(), s.batch(), s.lr(), s.beta1(), s.beta2(), s.eps(), s.weightDecay(),
                s.seed(), s.mixingSeed(), s.evalP(), s.evalPrecision(), s.curvePoints(), s.model(), 0, false).id());
    }
}
