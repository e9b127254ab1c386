package org.ccsweep.model.task.tms;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.train.TrainingCurve;

/**
 * Executes TMS runs end to end: W from the init stream ({@link TmsModel#init}), training on the train stream
 * ({@link TmsTrainer}), then the loss profile on the eval stream ({@link TmsEvaluator}) and the geometry of the
 * final W. A group ({@link #executeTogether}) trains its runs one after another in one task: runs of TMS share
 * nothing (each draws its own batches from its own seed), so the group saves the per-task cost of a sweep (a Spark
 * task, its part of a commit), not arithmetic, and each run's result is the one it gets alone, bit for bit.
 */
final class TmsExecutor {
    private TmsExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when training produced a non-finite loss */
    static TmsResult execute(TmsRun run) {
        SeedStreams streams = run.streams();
        TmsModel model = TmsModel.init(run.n(), run.m(), streams.init());
        long trainStart = System.nanoTime();
        TrainingCurve curve = TmsTrainer.train(run, model, streams.train());
        double trainSeconds = secondsSince(trainStart);
        long evalStart = System.nanoTime();
        LossProfile profile = new TmsEvaluator(model, run.importance(), run.spec().get(TmsKeys.DENSITY_DECAY))
                .profile(run.spec().evalP(), run.spec().evalPrecision(), streams.eval());
        TmsGeometry geometry = TmsGeometry.of(run.n(), run.m(), model.w());
        return new TmsResult(run, curve.finalLoss(), trainSeconds, secondsSince(evalStart), curve.steps(), curve.loss(),
                profile, model.w(), model.b(), geometry);
    }

    /** Each run of the group as {@link #execute} gives it; a run that throws fails alone. */
    static List<Outcome> executeTogether(List<TmsRun> runs) {
        List<Outcome> outcomes = new ArrayList<>();
        for (TmsRun run : runs) {
            try {
                outcomes.add(new Outcome(run.spec(), TmsOutput.of(execute(run)), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(run.spec(), null, e));
            }
        }
        return outcomes;
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
