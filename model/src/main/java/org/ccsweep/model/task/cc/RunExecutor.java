package org.ccsweep.model.task.cc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.task.cc.train.Trainer;
import org.ccsweep.model.task.cc.train.TrainingResult;

/**
 * Executes one run end to end, whatever it is: the one place that picks the executor by the spec.
 * <ul>
 *   <li>{@link ModelKind#RESIDUAL}: {@link ResidualExecutor};</li>
 *   <li>simplified with spec.transplantSteps() &gt; 0: {@link TransplantExecutor};</li>
 *   <li>simplified otherwise: M from the mixing stream, the init from the init stream, training on the
 *       train stream, then the loss profile with M_s = |s_final| · M on the eval stream.</li>
 * </ul>
 * When spec.analysis() the result carries the analyses of the final model ({@link CcResult#withAnalyses}).
 */
public final class RunExecutor {
    private RunExecutor() {
    }

    /** @throws org.ccsweep.model.train.DivergedException when training produced a non-finite loss */
    public static CcResult execute(CcRun spec) {
        CcResult result = spec.model() == ModelKind.RESIDUAL ? ResidualExecutor.execute(spec)
                : spec.transplantSteps() > 0 ? TransplantExecutor.execute(spec)
                : simplified(spec);
        return spec.analysis() ? result.withAnalyses() : result;
    }

    /**
     * Runs of one {@link Lockstep} group, trained together ({@link Trainer#trainTogether}) and then
     * evaluated one by one: the result of each is what {@link #execute} gives it alone, except
     * trainSeconds, the group's training time divided equally among its runs. A run whose training
     * diverges, or whose evaluation throws, fails alone.
     *
     * @throws IllegalArgumentException when the runs do not share a lock-step key
     */
    public static List<Outcome> executeTogether(List<CcRun> specs) {
        Optional<String> key = Lockstep.key(specs.get(0));
        for (CcRun spec : specs) {
            if (key.isEmpty() || !key.equals(Lockstep.key(spec))) {
                throw new IllegalArgumentException("not a lock-step group: " + spec.canonical());
            }
        }
        CcRun first = specs.get(0);
        SeedStreams streams = first.streams();
        float[] mixing = MixingMatrix.build(first.mixing(), first.nFeatures(), first.dEmbed(), first.lowRank(),
                streams.mixing());
        List<SimplifiedModel> models = new ArrayList<>();
        for (CcRun spec : specs) {
            models.add(SimplifiedModel.init(spec.nFeatures(), spec.dMlp(), spec.streams().init()));
        }
        long trainStart = System.nanoTime();
        List<Trainer.MemberOutcome> trained = Trainer.trainTogether(specs, mixing, models, streams.train());
        double trainSeconds = TrainedRun.secondsSince(trainStart) / specs.size();

        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            CcRun spec = specs.get(i);
            Trainer.MemberOutcome member = trained.get(i);
            if (member.diverged() != null) {
                outcomes.add(new Outcome(spec, null, member.diverged()));
                continue;
            }
            try {
                CcResult result = TrainedRun.evaluate(spec, spec.streams(), member.result(), trainSeconds,
                        models.get(i).wIn().clone(), models.get(i).wOut().clone(), mixing, null);
                outcomes.add(new Outcome(spec, spec.analysis() ? result.withAnalyses() : result, null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(spec, null, e));
            }
        }
        return outcomes;
    }

    /** One run of {@link #executeTogether}: its result, or why it failed (exactly one is null). */
    public record Outcome(CcRun spec, CcResult result, RuntimeException failure) {
    }

    private static CcResult simplified(CcRun spec) {
        SeedStreams streams = spec.streams();
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
