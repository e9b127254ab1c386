package org.ccsweep.model.task.cc;

import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.ccsweep.model.task.cc.train.Trainer;
import org.ccsweep.model.task.cc.train.TrainingResult;

/**
 * Executes one run of the residual model ({@link ResidualModel}) end to end: W_E from the mixing
 * stream (the same W_E as the {@code EMBEDDING} kind of that stream), the init from the init stream,
 * training on the train stream, then the loss profile on the eval stream.
 *
 * <p>The result is stated as the equivalent simplified model, exactly: wIn = A = W_E · W_in (n × d),
 * wOut = B = W_out · W_Eᵀ (d × n), mixing = I − W_E W_Eᵀ and finalSigma = 1, so every table and
 * analysis of simplified runs applies unchanged. The residual model has no scale: spec.sigma() is
 * ignored, and the spec must name the {@code EMBEDDING} kind, not learn s and not transplant.
 */
public final class ResidualExecutor {
    private ResidualExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when training produced a non-finite loss */
    static CcResult execute(CcRun spec) {
        if (spec.mixing() != MixingKind.EMBEDDING) {
            throw new IllegalArgumentException("the residual model's M is I − W_E W_Eᵀ: mixing must be EMBEDDING, got "
                    + spec.mixing());
        }
        if (spec.learnSigma()) {
            throw new IllegalArgumentException("the residual model has no scale s to learn: learnSigma must be false");
        }
        if (spec.transplantSteps() != 0) {
            throw new IllegalArgumentException("the residual model has no transplant: transplantSteps must be 0, got "
                    + spec.transplantSteps());
        }
        SeedStreams streams = spec.streams();
        ResidualModel model = ResidualModel.init(spec.nFeatures(), spec.dMlp(), spec.dEmbed(), streams.mixing(),
                streams.init());

        long trainStart = System.nanoTime();
        TrainingResult training = Trainer.train(spec, model, streams.train());
        double trainSeconds = TrainedRun.secondsSince(trainStart);

        return TrainedRun.evaluate(spec, streams, training, trainSeconds, model.effectiveWIn(), model.effectiveWOut(),
                model.mixing(), null);
    }
}
