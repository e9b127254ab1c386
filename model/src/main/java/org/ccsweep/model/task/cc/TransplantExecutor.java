package org.ccsweep.model.task.cc;

import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.task.cc.train.Transplant;
import org.ccsweep.model.task.cc.train.TransplantResult;

/**
 * Executes one transplant run ({@link Transplant}) end to end: M from the mixing stream, the init from
 * the init stream, phase 1 on the spec's noisy labels for spec.steps() then phase 2 on clean labels for
 * spec.transplantSteps() on the train stream, then the final model's loss profile on the eval stream.
 *
 * <p>The result describes the final model: the whole curve (phase 1 then phase 2, steps numbered
 * continuously over spec.steps() + spec.transplantSteps()), the final weights, mixing = the spec's unscaled
 * (noisy) M and finalSigma = 0, so that the profile's M_s = |finalSigma| · M = 0 says it was evaluated
 * on the clean labels it was last trained on. trainSeconds covers both phases and the three
 * phase-end evaluations of L/p at p_train. Phase-wise numbers are in {@link TransplantResult}.
 */
public final class TransplantExecutor {
    private TransplantExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when training produced a non-finite loss */
    static CcResult execute(CcRun spec) {
        if (spec.transplantSteps() < 1) {
            throw new IllegalArgumentException("a transplant needs transplantSteps ≥ 1, got " + spec.transplantSteps());
        }
        SeedStreams streams = spec.streams();
        float[] mixing = MixingMatrix.build(spec.mixing(), spec.nFeatures(), spec.dEmbed(), spec.lowRank(),
                streams.mixing());
        SimplifiedModel model = SimplifiedModel.init(spec.nFeatures(), spec.dMlp(), streams.init());

        long trainStart = System.nanoTime();
        TransplantResult transplant = Transplant.run(spec, mixing, model, spec.transplantSteps(), streams.train(),
                streams.eval());
        double trainSeconds = TrainedRun.secondsSince(trainStart);

        return TrainedRun.evaluate(spec, streams, transplant.whole(), trainSeconds, transplant.wIn(),
                transplant.wOut(), mixing,
                new TransplantLosses(transplant.noisyEnd(), transplant.cleanStart(), transplant.cleanEnd()));
    }
}
