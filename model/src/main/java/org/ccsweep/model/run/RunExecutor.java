package org.ccsweep.model.run;

import org.ccsweep.model.data.MixingMatrix;
import org.ccsweep.model.net.ModelKind;
import org.ccsweep.model.net.SimplifiedModel;
import org.ccsweep.model.train.Trainer;
import org.ccsweep.model.train.TrainingResult;

/**
 * Executes one run end to end, whatever it is: the one place that picks the executor by the spec.
 * <ul>
 *   <li>{@link ModelKind#RESIDUAL}: {@link ResidualExecutor};</li>
 *   <li>simplified with spec.transplantSteps() &gt; 0: {@link TransplantExecutor};</li>
 *   <li>simplified otherwise: M from the mixing stream, the init from the init stream, training on the
 *       train stream, then the loss profile with M_s = |s_final| · M on the eval stream.</li>
 * </ul>
 * When spec.analysis() the result carries the analyses of the final model ({@link RunResult#withAnalyses}).
 */
public final class RunExecutor {
    private RunExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when training produced a non-finite loss */
    public static RunResult execute(RunSpec spec) {
        RunResult result = spec.model() == ModelKind.RESIDUAL ? ResidualExecutor.execute(spec)
                : spec.transplantSteps() > 0 ? TransplantExecutor.execute(spec)
                : simplified(spec);
        return spec.analysis() ? result.withAnalyses() : result;
    }

    private static RunResult simplified(RunSpec spec) {
        SeedStreams streams = SeedStreams.of(spec);
        float[] mixing = MixingMatrix.build(spec.mixing(), spec.nFeatures(), spec.dEmbed(), spec.lowRank(),
                streams.mixing());
        SimplifiedModel model = SimplifiedModel.init(spec.nFeatures(), spec.dMlp(), streams.init());

        long trainStart = System.nanoTime();
        TrainingResult training = Trainer.train(spec, mixing, model, streams.train());
        double trainSeconds = TrainedRun.secondsSince(trainStart);

        return TrainedRun.evaluate(spec, streams, training, trainSeconds, model.wIn().clone(), model.wOut().clone(),
                mixing, null);
    }
}
