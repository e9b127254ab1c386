package org.ccsweep.model.task.cc;

import java.util.Optional;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * Which runs can train together in lock-step ({@link CcTask#executeTogether}): simplified models
 * without a transplant whose specs differ at most in σ, learnt σ and the analysis flag. Such runs have
 * the same seed, so the same M (before σ), the same initial weights and the same batches, and a
 * lock-step group draws and analyses each batch once for all of them. Each run's result is the same,
 * bit for bit, as when it trains alone.
 */
final class Lockstep {
    private Lockstep() {
    }

    /** The key runs share to train together; empty for runs that always train alone. */
    static Optional<String> key(CcRun run) {
        if (run.model() != ModelKind.SIMPLIFIED || run.transplantSteps() > 0) {
            return Optional.empty();
        }
        return Optional.of(run.spec().without(CcKeys.SIGMA).without(CcKeys.LEARN_SIGMA).without(CcKeys.ANALYSIS).id());
    }
}
