package org.ccsweep.jobs.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.TransplantLosses;
import org.ccsweep.model.task.cc.data.LowRankOptions;

/** Turns run and baseline outcomes into the rows of every table, by the schemas of {@link Table}. */
public final class Records {
    private Records() {
    }

    public static Map<Table, List<GenericRecord>> of(String sweep, List<RunOutcome> outcomes,
            List<BaselineOutcome> baselines) {
        Map<Table, List<GenericRecord>> rows = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            rows.put(table, new ArrayList<>());
        }
        for (RunOutcome outcome : outcomes) {
            rows.get(Table.RUNS).add(run(sweep, outcome));
            if (outcome.ok()) {
                RunResult r = outcome.result();
                String id = outcome.spec().id();
                LossProfile profile = r.profile();
                for (int i = 0; i < profile.size(); i++) {
                    rows.get(Table.PROFILES).add(record(Table.PROFILES, "run_id", id, "p_eval", profile.pEval()[i],
                            "loss", profile.loss()[i], "loss_per_feature", profile.lossPerFeature()[i],
                            "stderr", profile.stderr()[i]));
                }
                for (int i = 0; i < r.curveSteps().length; i++) {
                    rows.get(Table.CURVES).add(record(Table.CURVES, "run_id", id, "step", r.curveSteps()[i],
                            "loss", r.curveLoss()[i]));
                }
                rows.get(Table.WEIGHTS).add(record(Table.WEIGHTS, "run_id", id,
                        "n_features", outcome.spec().nFeatures(), "d_mlp", outcome.spec().dMlp(),
                        "w_in", floats(r.wIn()), "w_out", floats(r.wOut()), "mixing", floats(r.mixing())));
                if (r.transplant() != null) {
                    transplant(id, r, rows.get(Table.TRANSPLANTS));
                }
                if (r.analyses() != null) {
                    AnalysisRecords.add(id, r.analyses(), rows);
                }
            }
        }
        for (BaselineOutcome baseline : baselines) {
            BaselineRecords.add(sweep, baseline, rows);
        }
        return rows;
    }

    private static void transplant(String id, RunResult r, List<GenericRecord> rows) {
        int switchStep = r.spec().steps();
        TransplantLosses t = r.transplant();
        rows.add(record(Table.TRANSPLANTS, "run_id", id, "point", "noisy_end", "step", switchStep,
                "loss_per_feature", t.noisyEnd().mean(), "stderr", t.noisyEnd().stderr()));
        rows.add(record(Table.TRANSPLANTS, "run_id", id, "point", "clean_start", "step", switchStep,
                "loss_per_feature", t.cleanStart().mean(), "stderr", t.cleanStart().stderr()));
        rows.add(record(Table.TRANSPLANTS, "run_id", id, "point", "clean_end",
                "step", switchStep + r.spec().transplantSteps(),
                "loss_per_feature", t.cleanEnd().mean(), "stderr", t.cleanEnd().stderr()));
    }

    private static GenericRecord run(String sweep, RunOutcome outcome) {
        RunSpec s = outcome.spec();
        RunResult r = outcome.result();
        LowRankOptions lr = s.lowRank();
        return record(Table.RUNS,
                "run_id", s.id(), "point_id", GridPoint.id(s), "sweep", sweep,
                "status", outcome.ok() ? "ok" : "failed", "error", outcome.error(),
                "seed", s.seed(), "mixing_seed", s.mixingSeed(), "mixing", SweepSpecs.display(s.mixing()),
                "sigma", s.sigma(), "learn_sigma", s.learnSigma(), "final_sigma", r == null ? null : r.finalSigma(),
                "p_train", s.pTrain(), "input_mode", SweepSpecs.display(s.inputMode()),
                "low_rank_rank", lr == null ? null : lr.rank(),
                "low_rank_orthonormal", lr == null ? null : lr.orthonormal(),
                "low_rank_tied", lr == null ? null : lr.tied(),
                "low_rank_zero_diagonal", lr == null ? null : lr.zeroDiagonal(),
                "low_rank_symmetrise", lr == null ? null : lr.symmetrise(),
                "n_features", s.nFeatures(), "d_mlp", s.dMlp(), "d_embed", s.dEmbed(),
                "steps", s.steps(), "batch", s.batch(), "lr", s.lr(), "beta1", s.beta1(), "beta2", s.beta2(),
                "eps", s.eps(), "weight_decay", s.weightDecay(), "eval_target_rel_se", s.evalPrecision().targetRelativeSe(),
                "eval_pilot_per_k", s.evalPrecision().pilotPerK(), "eval_max_samples", s.evalPrecision().maxSamples(),
                "curve_points", s.curvePoints(), "model", SweepSpecs.display(s.model()),
                "transplant_steps", s.transplantSteps(), "analysis", s.analysis(),
                "final_train_loss", r == null ? null : r.finalTrainLoss(),
                "loss_per_feature", r == null ? null : lossPerFeatureAtPTrain(r),
                "one_active_loss_per_feature", r == null ? null : r.oneActiveLossPerFeature(),
                "naive_loss_per_feature", r == null ? null : r.naiveLossPerFeature(),
                "train_seconds", r == null ? null : r.trainSeconds(),
                "eval_seconds", r == null ? null : r.evalSeconds(),
                "spec", s.canonical(),
                "backend", outcome.placement().backend(), "blas_threads", outcome.placement().blasThreads(),
                "task_cpus", outcome.placement().taskCpus());
    }

    /** L/p at p_eval = p_train; the expansion put p_train on every run's evaluation grid. */
    static double lossPerFeatureAtPTrain(RunResult r) {
        double[] p = r.profile().pEval();
        for (int i = 0; i < p.length; i++) {
            if (p[i] == r.spec().pTrain()) {
                return r.profile().lossPerFeature()[i];
            }
        }
        throw new IllegalStateException("run " + r.spec().id() + " has no profile point at p_train = " + r.spec().pTrain());
    }

    private static List<Float> floats(float[] values) {
        List<Float> list = new ArrayList<>(values.length);
        for (float v : values) {
            list.add(v);
        }
        return list;
    }

    static GenericRecord record(Table table, Object... namesAndValues) {
        GenericRecord record = new GenericData.Record(table.schema());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }
}
