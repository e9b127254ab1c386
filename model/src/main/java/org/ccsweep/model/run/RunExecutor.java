package org.ccsweep.model.run;

import org.ccsweep.model.data.MixingMatrix;
import org.ccsweep.model.net.SimplifiedModel;
import org.ccsweep.model.train.Trainer;
import org.ccsweep.model.train.TrainingResult;

/**
 * Executes one run end to end: M from the mixing stream, the init from the init stream, training on
 * the train stream, then the loss profile with M_s = |s_final| · M on the eval stream.
 */
public final class RunExecutor {
    private RunExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when training produced a non-finite loss */
    public static RunResult execute(RunSpec spec) {
        SeedStreams streams = SeedStreams.of(spec);
        float[] mixing = MixingMatrix.build(spec.mixing(), spec.nFeatures(), spec.dEmbed(), spec.lowRank(),
                streams.mixing());
        SimplifiedModel model = SimplifiedModel.init(spec.nFeatures(), spec.dMlp(), streams.init());

        long trainStart = System.nanoTime();
        TrainingResult training = Trainer.train(spec, mixing, model, streams.train());
        double trainSeconds = TrainedRun.secondsSince(trainStart);

        return TrainedRun.evaluate(spec, streams, training, trainSeconds, model.wIn().clone(), model.wOut().clone(),
                mixing);
    }
}
