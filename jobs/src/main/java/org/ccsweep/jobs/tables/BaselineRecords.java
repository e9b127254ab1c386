package org.ccsweep.jobs.tables;

import static org.ccsweep.jobs.tables.Records.record;

import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.task.cc.baselines.BaselineResult;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;
import org.ccsweep.model.task.cc.baselines.NaiveOffsetModel;

/**
 * The rows of the baselines and offset_scan tables for one baseline task: one baselines row per profile
 * point and the offset scans of a naive-offset task, or one baselines row with the error of a failed task.
 */
final class BaselineRecords {
    private BaselineRecords() {
    }

    static void add(String sweep, BaselineOutcome outcome, Map<Table, List<GenericRecord>> rows) {
        BaselineSpec s = outcome.spec();
        String id = s.id();
        String mixing = SweepSpecs.display(s.mixing());
        List<GenericRecord> baselines = rows.get(Table.BASELINES);
        if (!outcome.ok()) {
            baselines.add(baseline(sweep, outcome));
            return;
        }
        BaselineResult result = outcome.result();
        LossProfile profile = result.profile();
        for (int i = 0; i < profile.size(); i++) {
            GenericRecord row = baseline(sweep, outcome);
            row.put("p_eval", profile.pEval()[i]);
            row.put("loss_per_feature", profile.lossPerFeature()[i]);
            row.put("stderr", profile.stderr()[i]);
            row.put("offset", result.offsets() == null ? null : result.offsets()[i]);
            baselines.add(row);
        }
        for (NaiveOffsetModel.OffsetScan scan : result.scans()) {
            for (int q = 0; q < scan.offsets().length; q++) {
                rows.get(Table.OFFSET_SCAN).add(record(Table.OFFSET_SCAN, "baseline_id", id, "sweep", sweep,
                        "mixing", mixing, "sigma", s.sigma(), "seed", s.seed(), "p", scan.p(),
                        "offset", scan.offsets()[q], "loss_per_feature", scan.lossPerFeature()[q],
                        "stderr", scan.stderr()[q]));
            }
        }
    }

    /** The columns every row of the task shares; the profile point's are null until set. */
    private static GenericRecord baseline(String sweep, BaselineOutcome outcome) {
        BaselineSpec s = outcome.spec();
        return record(Table.BASELINES, "baseline_id", s.id(), "point_id", s.withoutSeeds().id(), "sweep", sweep,
                "baseline", SweepSpecs.display(s.kind()), "status", outcome.ok() ? "ok" : "failed",
                "error", outcome.error(), "mixing", SweepSpecs.display(s.mixing()), "sigma", s.sigma(),
                "low_rank_rank", s.lowRank() == null ? null : s.lowRank().rank(), "n_features", s.nFeatures(),
                "d_mlp", s.dMlp(), "seed", s.seed(), "mixing_seed", s.mixingSeed(), "seconds", outcome.seconds());
    }
}
