package org.ccsweep.model.run;

import org.ccsweep.model.data.MixingMatrix;
import org.ccsweep.model.eval.LossEvaluator;
import org.ccsweep.model.eval.LossProfile;
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
        int n = spec.nFeatures();
        int d = spec.dMlp();
        float[] mixing = MixingMatrix.build(spec.mixing(), n, spec.dEmbed(), spec.lowRank(), streams.mixing());
        SimplifiedModel model = SimplifiedModel.init(n, d, streams.init());

        long trainStart = System.nanoTime();
        TrainingResult training = Trainer.train(spec, mixing, model, streams.train());
        long trainEnd = System.nanoTime();

        float sigmaAbs = Math.abs(training.sigma());
        float[] mixingScaled = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            mixingScaled[i] = sigmaAbs * mixing[i];
        }
        LossProfile profile = LossEvaluator.profile(n, d, model.wIn(), model.wOut(), mixingScaled, spec.evalP(),
                spec.evalSamples(), streams.eval());
        long evalEnd = System.nanoTime();

        return new RunResult(spec, training.sigma(), training.finalLoss(), (trainEnd - trainStart) * 1e-9,
                (evalEnd - trainEnd) * 1e-9, training.curveSteps(), training.curveLoss(), profile,
                model.wIn().clone(), model.wOut().clone(), mixing);
    }
}
